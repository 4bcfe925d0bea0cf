package org.newsroom.it.breaking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real reader of an SSE stream over HTTP, collecting (id, data) pairs until closed. */
final class SseReader implements AutoCloseable {

    /** The server's own HTTP address, seen from inside it (the port offset comes from the test setup). */
    static String serverUrl() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset);
    }

    record Event(String id, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    /** Comment lines (": …") received so far; EventSource ignores them, servers use them to keep streams alive. */
    final java.util.concurrent.atomic.AtomicInteger comments = new java.util.concurrent.atomic.AtomicInteger();
    private final InputStream body;
    private final Thread pump;
    final int status;

    SseReader(HttpClient client, String url, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        status = response.statusCode();
        body = response.body();
        pump = new Thread(this::pump, "sse-reader");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, data.toString()));
                    }
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    /** The first event whose data contains {@code text}, or null after the timeout. */
    Event awaitData(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || event.data().contains(text)) {
                return event;
            }
        }
    }

    /**
     * The events up to and including the first whose data contains {@code text}, or null after
     * the timeout: for what must not come before it, whatever unrelated changes arrive meanwhile.
     */
    List<Event> eventsThrough(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> seen = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                return null;
            }
            seen.add(event);
            if (event.data().contains(text)) {
                return seen;
            }
        }
    }

    /** Every event that arrives within {@code period}. */
    List<Event> eventsWithin(Duration period) throws InterruptedException {
        long deadline = System.nanoTime() + period.toNanos();
        List<Event> seen = new ArrayList<>();
        for (long left = period.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event != null) {
                seen.add(event);
            }
        }
        return seen;
    }

    @Override
    public void close() throws IOException {
        body.close();
        pump.interrupt();
    }
}
