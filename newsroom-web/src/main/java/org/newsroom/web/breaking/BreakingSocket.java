package org.newsroom.web.breaking;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;

/**
 * {@code ws://…/api/v1/breaking/socket?edition=en[&since=n]}: the same changes as the SSE
 * stream, for apps that prefer a WebSocket. Each change is one text message, the SSE
 * event's JSON with its {@code eventId} added; a new client first gets a snapshot, one
 * that passes {@code since} (its last {@code eventId}) is replayed what it missed. Messages
 * from the client are ignored: the channel only speaks.
 */
@ServerEndpoint("/api/v1/breaking/socket")
public class BreakingSocket {

    private static final String CONNECTION = ReaderSocket.class.getName();

    @Inject
    ReaderBroadcasts readers;

    @Inject
    ReaderCatchUp catchUp;

    @OnOpen
    public void open(Session session) throws IOException {
        Map<String, List<String>> parameters = session.getRequestParameterMap();
        Edition edition = Edition.fromCode(first(parameters, "edition")).orElse(null);
        if (edition == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT,
                    "Unknown edition; editions are " + List.of(Edition.values()).stream().map(Edition::code).toList()));
            return;
        }
        ReaderSocket socket = new ReaderSocket(session);
        session.getUserProperties().put(CONNECTION, socket);
        readers.joinEdition(edition, socket); // join, then catch up: nothing falls in between
        socket.catchUp(catchUp.ticker(edition, ReaderCatchUp.lastEventId(first(parameters, "since"))));
    }

    @OnClose
    public void close(Session session) {
        ended(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        ended(session);
    }

    private static void ended(Session session) {
        if (session.getUserProperties().get(CONNECTION) instanceof ReaderSocket socket) {
            socket.ended();
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
