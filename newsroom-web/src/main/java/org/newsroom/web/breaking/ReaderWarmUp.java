package org.newsroom.web.breaking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingView;

/**
 * The readers' half of the first-event warm-up (the post's half is {@code BreakingWarmUp} in the
 * EJB module): when the web module starts, one made-up change goes the relay's way — the item
 * lookup, the JSON readers get, the frame, and a fan-out in shards on the managed executor to an
 * audience of discarding connections large enough to start the executor's threads — so the first
 * real change meets none of it cold. Nothing reaches a reader; a failure is logged and ignored.
 */
@ApplicationScoped
class ReaderWarmUp {

    private static final Logger LOG = Logger.getLogger(ReaderWarmUp.class.getName());
    /** Enough discarding readers for every fan-out shard, as a large audience would have. */
    private static final int AUDIENCE = ReaderBroadcasts.SHARD * 2 + 1;
    private static final int ROUNDS = 5;

    @Inject
    ReaderBroadcasts readers;

    @EJB
    BreakingNews breakingNews;

    void warm(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            breakingNews.find(0);
            BreakingView madeUp = new BreakingView(0, Edition.EN, "Warm-up", null, null, Instant.now(), null, false);
            ReaderConnection[] audience = new ReaderConnection[AUDIENCE];
            Arrays.fill(audience, Discarding.READER);
            for (int round = 0; round < ROUNDS; round++) {
                ReaderFrame frame = new ReaderFrame(0, ReaderEvents.item(madeUp, BreakingEvent.POSTED).build().toString());
                frame.sse();
                frame.socketText();
                readers.fanOut(Set.of(), audience, frame);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not warm the readers' fan-out; the first change after this start may be slower", failed);
        }
    }

    /** A reader that takes every change and keeps none of it. */
    private enum Discarding implements ReaderConnection {
        READER;

        @Override
        public boolean send(ReaderFrame frame) {
            return true;
        }

        @Override
        public void catchUp(List<ReaderFrame> missed) {
        }

        @Override
        public void joined(Set<ReaderConnection> audience) {
        }

        @Override
        public void close() {
        }
    }
}
