package org.newsroom.editorial.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.editorial.ActionRefused;

/**
 * The export's writer and the import's reader on two real databases (H2 in PostgreSQL mode,
 * every migration applied), without the container: what one installation exports, imported into
 * an empty one and exported again, gives the same files byte for byte — ids, slugs, times and
 * picture bytes kept. A changed file, another schema version and a database that already has
 * content are refused before anything is written. The container's part (transactions, the
 * reader shelf, the search index, the tool) is {@code ContentExportImportIT}'s.
 */
class ExportRoundTripTest {

    @TempDir
    Path scratch;

    @Test
    void anImportedExportExportsToTheSameFiles() throws Exception {
        JdbcDataSource original = ContentTablesTest.migrated();
        try (Connection connection = original.getConnection()) {
            someContent(connection);
        }
        Path first = Files.createDirectories(scratch.resolve("first"));
        Manifest written = export(original, first);
        assertEquals(2, written.rowsOf("article"));
        assertEquals(2, written.mediaFiles());

        JdbcDataSource copy = ContentTablesTest.migrated();
        try (Connection connection = copy.getConnection()) {
            Manifest read = ImportReader.checkedManifest(first, "21");
            Map<String, String> verified = ImportReader.verifiedFiles(first, read);
            ImportReader.refuseUnlessEmpty(connection);
            long[] counts = ImportReader.insertAll(connection, first, read, verified);
            assertEquals(2, counts[1], "two picture files");
            ImportReader.moveSequencesPastImportedIds(connection);
            try (Statement statement = connection.createStatement(); ResultSet next = statement.executeQuery(
                    "select next value for article_seq")) {
                next.next();
                assertTrue(next.getLong(1) > 1_000_002, "article ids continue past the imported ones");
            }
        }
        Path second = Files.createDirectories(scratch.resolve("second"));
        export(copy, second);
        String[] files = filesOf(first);
        assertEquals(ContentTables.EXPORTED.size() + 2, files.length, String.join(", ", files));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        String article = Files.readString(first.resolve("tables/article.jsonl"));
        assertTrue(article.contains("\"published_at\":\"2026-11-30T08:15:00.123456Z\""), article);
        assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xFF}, Files.readAllBytes(first.resolve("media/1000050/1000100.jpg")));

        ActionRefused full = assertThrows(ActionRefused.class, () -> {
            try (Connection connection = copy.getConnection()) {
                ImportReader.refuseUnlessEmpty(connection);
            }
        });
        assertTrue(full.getMessage().startsWith("This installation already has 2 stories"), full.getMessage());
    }

    @Test
    void aChangedFileOrAnotherSchemaVersionIsRefusedBeforeAnythingIsWritten() throws Exception {
        JdbcDataSource original = ContentTablesTest.migrated();
        try (Connection connection = original.getConnection()) {
            someContent(connection);
        }
        Path export = Files.createDirectories(scratch.resolve("export"));
        export(original, export);

        ActionRefused version = assertThrows(ActionRefused.class, () -> ImportReader.checkedManifest(export, "22"));
        assertTrue(version.getMessage().contains("schema version 21 and this installation is at version 22"), version.getMessage());

        Path tags = export.resolve("tables/tag.jsonl");
        Files.writeString(tags, Files.readString(tags).replace("Harbour", "Harbor"));
        Manifest manifest = ImportReader.checkedManifest(export, "21");
        ActionRefused damaged = assertThrows(ActionRefused.class, () -> ImportReader.verifiedFiles(export, manifest));
        assertTrue(damaged.getMessage().contains("tables/tag.jsonl does not match its checksum"), damaged.getMessage());

        Files.delete(export.resolve(Manifest.FILE));
        ActionRefused unfinished = assertThrows(ActionRefused.class, () -> ImportReader.checkedManifest(export, "21"));
        assertTrue(unfinished.getMessage().contains("has no manifest.json"), unfinished.getMessage());
    }

    private static Manifest export(JdbcDataSource database, Path directory) throws Exception {
        try (Connection connection = database.getConnection()) {
            return ExportWriter.write(connection, directory, "21", "test", Instant.parse("2026-12-03T12:00:00Z"));
        }
    }

    /** Every file the export wrote but the manifest (which carries the time of the export) and the checksums of it. */
    private static String[] filesOf(Path directory) throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(f -> directory.relativize(f).toString())
                    .filter(f -> !f.equals(Manifest.FILE) && !f.equals(Checksums.FILE)).sorted().toArray(String[]::new);
        }
    }

    /** A parent and a child section, a tag, a picture in two sizes, a published story with a revision and its draft translation. */
    private static void someContent(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("insert into section (id, edition, slug, name, parent_id, position) values (1000001, 'en', 'world', 'World', null, 1)");
            s.execute("insert into section (id, edition, slug, name, parent_id, position) values (1000000, 'en', 'europe', 'Europe', 1000001, 1)");
            s.execute("insert into tag (id, edition, slug, name) values (1000002, 'en', 'harbour', 'Harbour \"lights\"')");
            s.execute("insert into media_asset (id, file_name, content_type, width, height, alt_text, caption, credit, created_at, version) "
                    + "values (1000050, 'rock.jpg', 'image/jpeg', 800, 600, 'A rock', 'The rock at dawn', 'Our desk', "
                    + "timestamp with time zone '2026-11-29 07:00:00+00:00', 3)");
            s.execute("insert into media_rendition (id, asset_id, width, height, content_type, bytes) values "
                    + "(1000100, 1000050, 400, 300, 'image/jpeg', X'010203FF'), (1000101, 1000050, 800, 600, 'image/jpeg', X'0A0B')");
            s.execute("insert into article (id, version, edition, kind, status, headline, slug, summary, body, word_count, section_id, "
                    + "lead_media_id, translation_group, created_by, created_at, published_at, updated_at) values "
                    + "(1000001, 4, 'en', 'NEWS', 'PUBLISHED', 'Keepers stay on the rock', 'keepers-stay', 'A vote', "
                    + "'<p>They voted.</p>\nمرحبا', 2, 1000000, 1000050, 'group-1', 'writer', "
                    + "timestamp with time zone '2026-11-30 07:00:00+00:00', timestamp with time zone '2026-11-30 08:15:00.123456+00:00', "
                    + "timestamp with time zone '2026-11-30 09:00:00+01:00')");
            s.execute("insert into article (id, version, edition, kind, status, headline, slug, word_count, section_id, "
                    + "translation_group, created_by, created_at) values (1000002, 0, 'en', 'NEWS', 'DRAFT', 'Translation', "
                    + "'translation', 0, 1000001, 'group-1', 'writer', timestamp with time zone '2026-12-01 07:00:00+00:00')");
            s.execute("insert into article_tag (article_id, tag_id) values (1000001, 1000002)");
            s.execute("insert into revision (id, article_id, number, created_at, created_by, reason, headline, body) values "
                    + "(1000003, 1000001, 1, timestamp with time zone '2026-11-30 07:30:00+00:00', 'writer', 'SAVE', 'Keepers', '<p>x</p>')");
            s.execute("insert into edition_settings (edition, version, name, slogan, updated_at, updated_by) values "
                    + "('en', 1, 'The Harbour Post', null, timestamp with time zone '2026-11-01 00:00:00+00:00', 'admin')");
        }
    }
}
