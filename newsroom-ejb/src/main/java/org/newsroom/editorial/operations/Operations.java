package org.newsroom.editorial.operations;

/**
 * The operations the command-line tool calls, registered as the MBean
 * {@value OperationsEndpoint#OBJECT_NAME}. Plain strings in and out, so the client needs no
 * class of the application. {@code operator} is the operating-system user the tool runs for;
 * the audit log names it. A refusal is an {@link IllegalArgumentException} carrying one sentence.
 */
public interface Operations {

    /** Opens an account; returns a report, with the generated password when {@code password} is blank. */
    String createUser(String operator, String username, String displayName, String roles, String password);

    /** Sets a new password (generated when blank) and lets a held-back name sign in again at once. */
    String resetPassword(String operator, String username, String password);

    String disableUser(String operator, String username);

    /** Asks every node (over the content topic) to drop its whole page cache. */
    String dropPageCache(String operator);

    /** Rebuilds this node's search index from the database. */
    String reindex(String operator);

    /**
     * Writes the installation's content to {@code directory} (absolute, new or empty) on the
     * server; returns what was written.
     */
    String exportContent(String operator, String directory);

    /**
     * Reads an export from {@code directory} into this installation, which must be empty; then
     * rebuilds this node's search index and asks every node to drop its page cache.
     */
    String importContent(String operator, String directory);

    /** Every setting, its value (secrets as set/not set) and where it came from; one per line. */
    String configuration();

    /** One line per check, {@code OK}, {@code WARN} or {@code FAIL}, then the verdict. */
    String check();
}
