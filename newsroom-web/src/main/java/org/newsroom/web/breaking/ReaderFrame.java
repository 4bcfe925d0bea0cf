package org.newsroom.web.breaking;

/**
 * One change as readers receive it, encoded at most once per transport however many
 * readers there are: the SSE bytes ({@code id:}/{@code data:} lines) and the WebSocket
 * text (the same JSON with its {@code eventId} added).
 */
final class ReaderFrame {

    final long eventId;
    final String json;
    private volatile byte[] sse;
    private volatile String socketText;

    private static final byte[] KEEP_ALIVE_SSE = ": keep-alive\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** A frame that is no change: an SSE comment (ignored by EventSource), an empty JSON object on a WebSocket. */
    static ReaderFrame keepAlive() {
        ReaderFrame frame = new ReaderFrame(0, "{}");
        frame.sse = KEEP_ALIVE_SSE;
        frame.socketText = "{}";
        return frame;
    }

    ReaderFrame(long eventId, String json) {
        this.eventId = eventId;
        this.json = json;
    }

    byte[] sse() {
        byte[] encoded = sse;
        if (encoded == null) {
            encoded = ReaderStream.frame(eventId, json);
            sse = encoded; // two threads may both encode once; both results are the same
        }
        return encoded;
    }

    String socketText() {
        String text = socketText;
        if (text == null) {
            text = json.startsWith("{") && json.length() > 2
                    ? "{\"eventId\":" + eventId + "," + json.substring(1)
                    : "{\"eventId\":" + eventId + "}";
            socketText = text;
        }
        return text;
    }
}
