package org.newsroom.editorial.schema;

/**
 * Thrown at deploy when the platform must not start; its message is the one line an
 * operator needs. It carries no cause on purpose, so the log shows no wall of traces.
 */
public class StartupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupRefused(String message) {
        super(message, null, false, false);
    }
}
