package org.newsroom.web.breaking;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A reader connected over a WebSocket; each change is one text message (JSON with its {@code eventId}). */
final class ReaderSocket implements ReaderConnection {

    private final Session session;
    private final List<Set<ReaderConnection>> audiences = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    ReaderSocket(Session session) {
        this.session = session;
    }

    @Override
    public boolean send(ReaderFrame frame) {
        if (!open) {
            return false;
        }
        synchronized (this) {
            try {
                session.getBasicRemote().sendText(frame.socketText());
                return true;
            } catch (IOException | IllegalStateException gone) {
                close();
                return false;
            }
        }
    }

    @Override
    public void joined(Set<ReaderConnection> audience) {
        audiences.add(audience);
    }

    /** The socket closed (either side) or failed: leave every audience. */
    void ended() {
        open = false;
        audiences.forEach(audience -> audience.remove(this));
    }

    @Override
    public void close() {
        ended();
        try {
            session.close();
        } catch (IOException | IllegalStateException ignored) {
            // already closed
        }
    }
}
