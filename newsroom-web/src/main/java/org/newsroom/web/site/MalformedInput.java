package org.newsroom.web.site;

/**
 * The reader's request cannot be understood (a page number that is not one, a query too
 * long); answered 400. Our own type rather than JAX-RS's so the rules can be tested without a server.
 */
public class MalformedInput extends RuntimeException {

    public MalformedInput(String message) {
        super(message);
    }
}
