package org.newsroom.domain.audit;

/** What kind of thing happened. Stored by name, so new kinds can be added at the end or anywhere. */
public enum AuditAction {
    CREATE, SAVE, SUBMIT, REQUEST_CHANGES, REOPEN, APPROVE, SCHEDULE, CANCEL_SCHEDULE, PUBLISH, UNPUBLISH,
    CORRECT, ARCHIVE, RESTORE_REVISION, ASSIGN, LEASE_TAKEOVER, COMMENT, TRANSLATE,
    USER_CREATED, ROLES_CHANGED, USER_DISABLED, USER_ENABLED,
    SIGN_IN_FAILED, SIGN_IN_THROTTLED,
    // the article editor: slug, section, tags and the other details of a story
    EDIT_DETAILS,
    PASSWORD_RESET, DESKS_CHANGED, TAXONOMY_CHANGED, SITE_CHANGED,
    LIVE_ENTRY_ADDED, LIVE_ENTRY_EDITED, LIVE_ENTRY_REMOVED, LIVE_ENTRY_PROMOTED,
    // the media library: about a picture, not a story (no article id; the detail names the picture)
    MEDIA_UPLOADED, MEDIA_DESCRIBED,
    // personal API tokens: the detail names the token (never its secret); TOKEN_REFUSED is a revoked or expired one used again
    TOKEN_CREATED, TOKEN_REVOKED, TOKEN_REFUSED,
    // the command-line tool (ops/newsroom): done by an operating-system user on the server, not a signed-in one
    PAGE_CACHE_DROPPED, SEARCH_REINDEXED,
    // ops/newsroom export / import: the detail names the directory and the counts
    CONTENT_EXPORTED, CONTENT_IMPORTED
}
