package org.newsroom.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every operation of the public API's OpenAPI document the problem document (META-INF/openapi.yaml)
 * as its {@code default} response: any answer of ours that is not a success is one ({@link ProblemDocuments}).
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
