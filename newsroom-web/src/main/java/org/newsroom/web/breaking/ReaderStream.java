package org.newsroom.web.breaking;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One reader's open Server-Sent Events response. Frames are encoded once per event by the
 * caller ({@link #frame}) and written here as bytes: the fan-out to thousands of readers
 * costs one write and one flush each, no per-reader serialisation.
 */
final class ReaderStream implements ReaderConnection {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private volatile boolean open = true;
    /** The audiences this reader is in; it leaves them itself, without the (maybe undeployed) bean that holds them. */
    private final List<Set<ReaderConnection>> audiences = new CopyOnWriteArrayList<>();

    ReaderStream(AsyncContext async) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
    }

    @Override
    public boolean send(ReaderFrame frame) {
        return send(frame.sse());
    }

    /** Writes a whole frame; false (and the stream closed) if the reader has gone. */
    boolean send(byte[] frame) {
        if (!open) {
            return false;
        }
        synchronized (this) {
            try {
                out.write(frame);
                out.flush();
                return true;
            } catch (IOException | IllegalStateException gone) {
                close();
                return false;
            }
        }
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public void joined(Set<ReaderConnection> audience) {
        audiences.add(audience);
    }

    /** The container finished the response (the reader left, or an error): leave every audience. */
    void ended() {
        open = false;
        audiences.forEach(audience -> audience.remove(this));
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            try {
                async.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed by the container (error or timeout) first
            }
        }
    }

    /** {@code id:} and {@code data:} lines of one event, UTF-8. */
    static byte[] frame(long id, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 32).append("id: ").append(id).append('\n');
        for (String line : data.split("\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of every stream: a comment that commits the headers, and the reconnect delay. */
    static byte[] greeting(long reconnectMillis) {
        return (": newsroom breaking\nretry: " + reconnectMillis + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
