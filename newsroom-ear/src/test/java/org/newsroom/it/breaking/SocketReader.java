package org.newsroom.it.breaking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket reader of the breaking channel, collecting its text messages. */
final class SocketReader implements AutoCloseable, WebSocket.Listener {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    volatile Integer closedWith;

    SocketReader(HttpClient client, String query) throws Exception {
        String url = SseReader.serverUrl().replace("http://", "ws://") + "/api/v1/breaking/socket?" + query;
        socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), this).get(15, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith = statusCode;
        return CompletableFuture.completedFuture(null);
    }

    /** The first message containing {@code text}, or null after the timeout. */
    String await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String message = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (message == null || message.contains(text)) {
                return message;
            }
        }
    }

    /** Every message up to and including the first containing {@code text}, or null after the timeout. */
    List<String> messagesThrough(String text, Duration timeout) throws InterruptedException {
        return messagesUntil(taken -> taken.get(taken.size() - 1).contains(text), timeout);
    }

    /** Every message until what has come is {@code enough}, or null after the timeout. */
    List<String> messagesUntil(Predicate<List<String>> enough, Duration timeout) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String message = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                return null;
            }
            taken.add(message);
            if (enough.test(taken)) {
                return taken;
            }
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}
