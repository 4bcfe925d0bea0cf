package org.newsroom.web.breaking;

import java.util.List;
import java.util.Set;

/** One connected reader, over Server-Sent Events ({@link ReaderStream}) or a WebSocket ({@link ReaderSocket}). */
interface ReaderConnection {

    /** Writes one change; false (and the connection closed) if the reader has gone. */
    boolean send(ReaderFrame frame);

    /** Sends what the reader missed while away, ahead of newer changes, without counting it as falling behind. */
    void catchUp(List<ReaderFrame> missed);

    /** Remembers an audience this reader was added to, so it can leave it when it ends. */
    void joined(Set<ReaderConnection> audience);

    void close();
}
