package org.newsroom.web.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link CacheHitHandler} in front of this WAR's servlet container. Found by Undertow
 * through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 *
 * <p>An <em>initial</em> handler-chain wrapper, not an outer one: initial wrappers run
 * before {@code ServletInitialHandler}, which is where Undertow dispatches a request from
 * the IO thread to a worker; outer wrappers run after it, on the worker, which would put
 * hits back in the same queue as renders.
 */
public class PageCacheExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addInitialHandlerChainWrapper(next -> new CacheHitHandler(next, servletContext));
        // The filter publishes the cache to the handler in its init(): at deploy, not at the first request.
        deploymentInfo.setEagerFilterInit(true);
    }
}
