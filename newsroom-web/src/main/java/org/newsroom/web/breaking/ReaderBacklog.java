package org.newsroom.web.breaking;

import org.newsroom.editorial.configuration.Setting;

/**
 * How far a reader may fall behind before it is dropped: the bytes queued for it and not yet
 * taken by its socket ({@code newsroom.breaking.reader.backlog.bytes}, 256 KiB by default — some
 * hundreds of events, more than a catch-up after a short absence needs). A dropped reader
 * reconnects with {@code Last-Event-ID} and is replayed what it missed, in order.
 */
final class ReaderBacklog {

    static final long MAX_BYTES = Setting.BREAKING_READER_BACKLOG_BYTES.number();

    private ReaderBacklog() {
    }

    /** True when queuing {@code more} bytes onto {@code queued} would pass the limit. */
    static boolean tooFarBehind(long queued, long more) {
        return queued + more > MAX_BYTES;
    }
}
