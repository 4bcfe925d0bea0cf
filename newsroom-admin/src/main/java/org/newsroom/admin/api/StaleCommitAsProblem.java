package org.newsroom.admin.api;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.newsroom.editorial.ArticleForWrite;

/**
 * A write that lost to a concurrent one when its transaction committed is answered like any
 * stale write (412, the same sentence), not as a server error. Any other rolled-back
 * transaction goes to whatever answers for EJB failures in general.
 */
@Provider
public class StaleCommitAsProblem implements ExceptionMapper<EJBTransactionRolledbackException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(EJBTransactionRolledbackException failure) {
        return ArticleForWrite.staleAtCommit(failure)
                .map(stale -> Problem.response(Response.Status.PRECONDITION_FAILED, stale.getMessage()))
                .orElseGet(() -> otherwise(failure));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response otherwise(EJBTransactionRolledbackException failure) {
        ExceptionMapper general = providers.getExceptionMapper(EJBException.class);
        if (general != null && general != this) {
            return general.toResponse(failure);
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The server could not finish this request; nothing was saved.");
    }
}
