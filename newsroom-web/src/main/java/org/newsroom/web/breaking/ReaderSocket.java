package org.newsroom.web.breaking;

import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reader connected over a WebSocket; each change is one text message (JSON with its
 * {@code eventId}). Sent without waiting, like {@link ReaderStream}: messages queue here and go
 * out one at a time through the asynchronous remote, the next when the last is done; a reader
 * whose queue passes {@link ReaderBacklog#MAX_BYTES} is dropped and catches up when it reconnects
 * with {@code since}.
 */
final class ReaderSocket implements ReaderConnection {

    private final Session session;
    private final List<Set<ReaderConnection>> audiences = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    // Guarded by this.
    private Iterator<ReaderFrame> replay = Collections.emptyIterator();
    private final ArrayDeque<String> backlog = new ArrayDeque<>();
    private long backlogBytes;
    private boolean sending;

    ReaderSocket(Session session) {
        this.session = session;
    }

    @Override
    public boolean send(ReaderFrame frame) {
        if (!open) {
            return false;
        }
        String text = frame.socketText();
        String next;
        synchronized (this) {
            long size = sizeOf(text);
            if (ReaderBacklog.tooFarBehind(backlogBytes, size)) {
                backlog.clear();
                replay = Collections.emptyIterator();
                close();
                return false;
            }
            if (sending) {
                backlog.add(text);
                backlogBytes += size;
                return true;
            }
            sending = true;
            next = text;
        }
        sendAsync(next);
        return open;
    }

    /** What the reader missed goes out first, one message after another, never counted as backlog. */
    @Override
    public void catchUp(List<ReaderFrame> missed) {
        String next;
        synchronized (this) {
            replay = missed.iterator();
            if (sending || !replay.hasNext()) {
                return;
            }
            sending = true;
            next = replay.next().socketText();
        }
        sendAsync(next);
    }

    /** At most three UTF-8 bytes per char: a bound, not a count. */
    private static long sizeOf(String text) {
        return (long) text.length() * 3;
    }

    private void sendAsync(String text) {
        try {
            session.getAsyncRemote().sendText(text, this::sent);
        } catch (IllegalStateException | IllegalArgumentException gone) {
            close();
        }
    }

    /** The last message went out (or failed): send the next queued one, if any. */
    private void sent(SendResult result) {
        if (!result.isOK()) {
            close();
            return;
        }
        String next;
        synchronized (this) {
            if (replay.hasNext()) {
                next = replay.next().socketText();
            } else {
                next = backlog.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
                backlogBytes -= sizeOf(next);
            }
        }
        sendAsync(next);
    }

    @Override
    public void joined(Set<ReaderConnection> audience) {
        audiences.add(audience);
    }

    /** The socket closed (either side) or failed: leave every audience. */
    void ended() {
        open = false;
        audiences.forEach(audience -> audience.remove(this));
        synchronized (this) {
            backlog.clear();
            replay = Collections.emptyIterator();
        }
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
