package org.newsroom.admin.notices;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.ArticleForWrite;
import org.newsroom.editorial.Duplicates;

/**
 * A console action whose write lost to a concurrent one when its transaction committed says
 * so as any stale save does (the same sentence, on the same page), instead of an error page.
 * The services lock a story before they write it, so this is the rare case of a write that
 * took no lock. A create that lost the race for a name or slug to a concurrent one (a unique
 * constraint, see {@link Duplicates}) is said in words the same way. Every other failure goes on
 * to the handler this one wraps.
 */
public class StaleCommitNotice extends ExceptionHandlerWrapper {

    StaleCommitNotice(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator(); queued.hasNext(); ) {
            Throwable failure = queued.next().getContext().getException();
            Optional<ActionRefused> stale = ArticleForWrite.staleAtCommit(failure).or(() -> Duplicates.refusal(failure));
            if (stale.isPresent()) {
                Notices.error(Notices.refusal(stale.get()));
                queued.remove();
            }
        }
        super.handle();
    }

    /** Registered in {@code META-INF/stale-commit.faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StaleCommitNotice(getWrapped().getExceptionHandler());
        }
    }
}
