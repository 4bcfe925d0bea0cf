package org.newsroom.web.breaking;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;

/**
 * {@code /api/v1/breaking}: an edition's current items as JSON (validated by a strong
 * ETag, so pollers and CDNs pay one 304), and the live stream of changes as Server-Sent Events.
 */
@Path("api/v1/breaking")
public class BreakingResource {

    static final String PROBLEM_JSON = "application/problem+json";

    @EJB
    BreakingTicker ticker;

    @Inject
    ReaderBroadcasts readers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response current(@QueryParam("edition") String code, @Context Request request) {
        Edition edition = edition(code);
        JsonArrayBuilder items = Json.createArrayBuilder();
        ticker.current(edition).forEach(item -> items.add(ReaderEvents.item(item, BreakingEvent.POSTED)));
        String body = Json.createObjectBuilder().add("edition", edition.code()).add("items", items).build().toString();
        EntityTag tag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(10); // the stream carries changes at once; this only bounds a poller's staleness
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(body).tag(tag).cacheControl(cache).build();
    }

    /**
     * Changes to an edition's ticker. A reconnecting client sends {@code Last-Event-ID}
     * (or a page passes {@code since}, the newest id it rendered) and first gets the
     * current items newer than that, oldest first.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("edition") String code, @QueryParam("since") Long since,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        Edition edition = edition(code);
        // Join first, then catch up: an item posted in between arrives twice (clients key by id), never not at all.
        readers.joinEdition(edition, sink, sse);
        sink.send(ReaderBroadcasts.greeting(sse));
        Long last = parse(lastEventId, since);
        if (last != null) {
            ticker.current(edition).stream()
                    .filter(item -> item.id() > last)
                    .sorted(Comparator.comparingLong(BreakingView::id))
                    .forEach(item -> sink.send(readers.event(item.id(),
                            ReaderEvents.item(item, BreakingEvent.POSTED).build().toString())));
        }
    }

    private static Long parse(String lastEventId, Long since) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException ignored) {
                // an id this server never sent: treat the client as new
            }
        }
        return since;
    }

    static Edition edition(String code) {
        return Edition.fromCode(code).orElseThrow(() -> new WebApplicationException(Response.status(404)
                .type(PROBLEM_JSON)
                .entity(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", "Unknown edition")
                        .add("status", 404)
                        .add("detail", "There is no edition \"" + code + "\"; editions are "
                                + List.of(Edition.values()).stream().map(Edition::code).toList())
                        .build().toString())
                .build()));
    }

    private static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
