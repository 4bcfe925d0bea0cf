package org.newsroom.admin.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every operation of the staff API's OpenAPI document the {@link Problem} response (declared on
 * {@link StaffApi}) as its {@code default}: every refusal and failure ends in one ({@code FailureAsProblem}).
 * A filter rather than a class-level annotation, which would stand for the operations' own responses
 * and leave the successful ones out.
 */
public class DefaultProblemResponse implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("default")) {
            operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse().ref("Problem"));
        }
        return operation;
    }
}
