package org.newsroom.admin.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.newsroom.editorial.configuration.Setting;

/**
 * Bounds the JSON a staff-API call may send ({@code NEWSROOM_API_MAX_BODY_BYTES}, default 1 MiB):
 * no story, list of terms or description comes near it, while megabytes of nested arrays would
 * cost the parser and the heap. A declared length over the limit is refused before anything is
 * read; a body without one is cut off when it passes the limit. Picture uploads are not JSON and
 * have their own limit ({@code NEWSROOM_MEDIA_MAX_BYTES}).
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter {

    static final long LIMIT = Setting.API_MAX_BODY_BYTES.number();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!readsJson()) {
            return;
        }
        if (request.getLength() > LIMIT) {
            request.abortWith(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail(LIMIT)));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), LIMIT));
    }

    static String detail(long limit) {
        return "The request body is larger than the " + limit + " bytes this API accepts";
    }

    /** Whether the matched method takes JSON (its own {@code @Consumes}, else its class's). */
    private boolean readsJson() {
        if (resource == null || resource.getResourceMethod() == null) {
            return true;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null || Arrays.stream(consumes.value())
                .anyMatch(type -> MediaType.valueOf(type).isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.contains("*"));
    }

    /** Counts what is read and fails once the body passes the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
