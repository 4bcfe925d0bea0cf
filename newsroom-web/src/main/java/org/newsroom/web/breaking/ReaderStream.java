package org.newsroom.web.breaking;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One reader's open Server-Sent Events response, written without ever waiting for the reader.
 * Frames are encoded once per event by the caller ({@link #frame}) and queued here as bytes; the
 * queue is written with Servlet non-blocking output, as far as the reader's socket takes it now,
 * and the rest when the container says the socket is writable again ({@link WriteListener}). A
 * reader whose backlog passes {@link ReaderBacklog#MAX_BYTES} — a phone in a tunnel, or someone
 * who stopped reading on purpose — is dropped; its browser reconnects with {@code Last-Event-ID}
 * and catches up. So the fan-out thread only ever copies bytes into queues: no reader can hold up
 * another.
 */
final class ReaderStream implements ReaderConnection, WriteListener {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private volatile boolean open = true;
    /** The audiences this reader is in; it leaves them itself, without the (maybe undeployed) bean that holds them. */
    private final List<Set<ReaderConnection>> audiences = new CopyOnWriteArrayList<>();

    // Guarded by this.
    /** What the reader missed while away, written before anything newer; pulled as the socket takes it, never counted as backlog. */
    private Iterator<ReaderFrame> replay = Collections.emptyIterator();
    private final ArrayDeque<byte[]> backlog = new ArrayDeque<>();
    private long backlogBytes;
    /** The output stream said "not ready": the container calls onWritePossible when it is. */
    private boolean waitingForSocket;

    ReaderStream(AsyncContext async) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        out.setWriteListener(this);
    }

    @Override
    public boolean send(ReaderFrame frame) {
        return send(frame.sse());
    }

    /** Queues a whole frame and writes what the socket takes now; false (and the stream closed) if the reader has gone or fell too far behind. */
    boolean send(byte[] frame) {
        if (!open) {
            return false;
        }
        synchronized (this) {
            if (ReaderBacklog.tooFarBehind(backlogBytes, frame.length)) {
                backlog.clear();
                replay = Collections.emptyIterator();
                close();
                return false;
            }
            backlog.add(frame);
            backlogBytes += frame.length;
            if (!waitingForSocket) {
                drain();
            }
        }
        return open;
    }

    /**
     * Sends what a returning reader missed ({@link ReaderCatchUp}, at most a few hundred changes)
     * ahead of anything queued since, as fast as its socket takes it: a long catch-up is not
     * mistaken for a reader falling behind.
     */
    @Override
    public void catchUp(List<ReaderFrame> missed) {
        synchronized (this) {
            replay = missed.iterator();
            if (open && !waitingForSocket) {
                drain();
            }
        }
    }

    /** Writes queued frames while the socket takes them, then flushes; stops, and waits for the container, when it doesn't. */
    private void drain() {
        try {
            while (out.isReady()) {
                byte[] next = replay.hasNext() ? replay.next().sse() : polled();
                if (next == null) {
                    out.flush();
                    if (out.isReady()) {
                        waitingForSocket = false;
                        return;
                    }
                    break;
                }
                out.write(next);
            }
            waitingForSocket = true;
        } catch (IOException | IllegalStateException gone) {
            backlog.clear();
            close();
        }
    }

    private byte[] polled() {
        byte[] next = backlog.poll();
        if (next != null) {
            backlogBytes -= next.length;
        }
        return next;
    }

    /** The container: the socket takes bytes again (also called once when the listener is set). */
    @Override
    public void onWritePossible() {
        synchronized (this) {
            waitingForSocket = false;
            if (open) {
                drain();
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        synchronized (this) {
            backlog.clear();
            replay = Collections.emptyIterator();
        }
        ended();
        close();
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
            audiences.forEach(audience -> audience.remove(this));
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
