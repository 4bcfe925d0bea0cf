package org.newsroom.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets any web page read the API (GET and HEAD only, no credentials), and answers the
 * preflight a browser sends before a conditional GET ({@code If-None-Match} is not a
 * "simple" header). Limited to {@code /api/}: pages and the console get no CORS headers.
 */
@Provider
@PreMatching
public class CrossOriginReads implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    @Override
    public void filter(ContainerRequestContext request) {
        if (isApi(request) && HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString("Origin") != null
                && isRead(request.getHeaderString("Access-Control-Request-Method"))) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since, Accept, Accept-Language")
                    .header("Access-Control-Max-Age", "86400")
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isApi(request) && isRead(request.getMethod())) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("Access-Control-Allow-Origin", "*");
            headers.putSingle("Access-Control-Expose-Headers", "ETag, Link");
        }
    }

    private static boolean isApi(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/") || request.getUriInfo().getPath().startsWith("api/");
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
