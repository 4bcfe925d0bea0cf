package org.newsroom.web.breaking;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code /api/v1/live/{articleId}/stream}: new entries of one live article as they are
 * added. The article page renders the entries so far; this carries only what comes after.
 */
@Path("api/v1/live/{articleId}/stream")
public class LiveCoverageResource {

    @Inject
    ReaderBroadcasts readers;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@PathParam("articleId") long articleId, @Context SseEventSink sink, @Context Sse sse) {
        readers.joinLiveArticle(articleId, sink, sse);
        sink.send(ReaderBroadcasts.greeting(sse));
    }
}
