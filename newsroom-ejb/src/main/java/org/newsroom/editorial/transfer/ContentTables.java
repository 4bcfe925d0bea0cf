package org.newsroom.editorial.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tables are the site's content, in the order an import can insert them (every row after
 * the rows it refers to), and which tables stay behind and why. Stated once: the export writes,
 * the import reads and the documentation lists exactly these; {@code ContentTablesTest} fails
 * when a migration adds a table that is in neither list.
 */
public final class ContentTables {

    /**
     * One exported table: the {@code order by} that makes its file the same from one export to the
     * next (and puts parent sections before their children), and the sequence its ids come from.
     */
    public record Table(String name, String orderBy, String sequence) {
        /** The file of its rows in the export directory. */
        public String file() {
            return "tables/" + name + ".jsonl";
        }

        public Optional<String> idSequence() {
            return Optional.ofNullable(sequence);
        }
    }

    /** Insert order: taxonomy and pictures, stories, what hangs off stories, then the site's texts. */
    public static final List<Table> EXPORTED = List.of(
            new Table("section", "case when parent_id is null then 0 else 1 end, id", "taxonomy_seq"),
            new Table("region", "id", "taxonomy_seq"),
            new Table("tag", "id", "taxonomy_seq"),
            new Table("coverage", "id", "taxonomy_seq"),
            new Table("author", "id", "author_seq"),
            new Table("media_asset", "id", "media_asset_seq"),
            new Table("media_rendition", "id", "media_rendition_seq"),
            new Table("article", "id", "article_seq"),
            new Table("article_region", "article_id, region_id", null),
            new Table("article_tag", "article_id, tag_id", null),
            new Table("article_coverage", "article_id, coverage_id", null),
            new Table("article_author", "article_id, position", null),
            new Table("article_related", "article_id, position", null),
            new Table("gallery_image", "id", "gallery_image_seq"),
            new Table("live_entry", "id", "live_entry_seq"),
            new Table("revision", "id", "revision_seq"),
            new Table("article_comment", "id", "article_comment_seq"),
            new Table("coverage_pin", "id", "coverage_pin_seq"),
            new Table("article_read_hourly", "article_id, hour_start", null),
            new Table("breaking_item", "id", "breaking_item_seq"),
            new Table("edition_settings", "edition", null),
            new Table("static_page", "id", "static_page_seq"));

    /** Tables that are not exported, each with the reason (docs/operations.md repeats these). */
    public static final Map<String, String> LEFT_BEHIND = Map.ofEntries(
            Map.entry("staff_user", "staff accounts: password hashes are secrets of the old installation; "
                    + "open the accounts again with create-user (stories keep their authors' names)"),
            Map.entry("staff_role", "staff accounts' roles (see staff_user)"),
            Map.entry("staff_desk", "staff accounts' desks (see staff_user)"),
            Map.entry("api_token", "personal API tokens: secrets, issued again on the new installation"),
            Map.entry("audit_entry", "the old installation's audit log: keep it with its backups"),
            Map.entry("edit_lease", "who is editing a story right now: meaningless on another installation"),
            Map.entry("preview_pass", "preview links of drafts: short-lived secrets"),
            Map.entry("channel_event", "the breaking-news channel's replay buffer: short-lived"),
            Map.entry("reader_story", "the reader shelf: rebuilt on import from the stories"),
            Map.entry("reader_story_term", "the reader shelf: rebuilt on import from the stories"),
            Map.entry("reader_list_size", "the reader shelf: rebuilt on import from the stories"));

    /** Tables whose ids come from this sequence. */
    public static List<Table> drawingOn(String sequence) {
        return EXPORTED.stream().filter(t -> sequence.equals(t.sequence())).toList();
    }

    /** The sequences the exported tables draw their ids from, each once. */
    public static List<String> sequences() {
        return EXPORTED.stream().map(Table::sequence).filter(s -> s != null).distinct().toList();
    }

    private ContentTables() {
    }
}
