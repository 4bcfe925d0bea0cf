package org.newsroom.web.breaking;

/**
 * How far a reader may fall behind before it is dropped: the bytes queued for it and not yet
 * taken by its socket ({@code newsroom.breaking.reader.backlog.bytes}, 256 KiB by default — some
 * hundreds of events, more than a catch-up after a short absence needs). A dropped reader
 * reconnects with {@code Last-Event-ID} and is replayed what it missed, in order.
 */
final class ReaderBacklog {

    static final long MAX_BYTES = Math.max(4096, Long.getLong("newsroom.breaking.reader.backlog.bytes", 256 * 1024));

    private ReaderBacklog() {
    }

    /** True when queuing {@code more} bytes onto {@code queued} would pass the limit. */
    static boolean tooFarBehind(long queued, long more) {
        return queued + more > MAX_BYTES;
    }
}
