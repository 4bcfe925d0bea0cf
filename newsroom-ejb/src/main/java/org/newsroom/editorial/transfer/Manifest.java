package org.newsroom.editorial.transfer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of an export directory: what wrote it (format version, the schema's Flyway
 * version, when, which node), and each table's file, columns and number of rows. The import
 * trusts nothing else about the directory: the schema version must be its own, every file must
 * match its line in {@code SHA256SUMS}, every table must have the rows the manifest counts.
 */
record Manifest(int formatVersion, String schemaVersion, Instant exportedAt, String exportedFrom, List<TableFile> tables,
        long mediaFiles) {

    static final String FILE = "manifest.json";
    static final String FORMAT = "newsroom-content";
    static final int FORMAT_VERSION = 1;

    /** One table's file: its columns in order and how many rows it holds. */
    record TableFile(String name, String file, List<String> columns, long rows) {
    }

    long rowsOf(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableFile::rows).sum();
    }

    void write(OutputStream out) {
        JsonArrayBuilder tableList = Json.createArrayBuilder();
        for (TableFile table : tables) {
            JsonArrayBuilder columns = Json.createArrayBuilder();
            table.columns().forEach(columns::add);
            tableList.add(Json.createObjectBuilder().add("name", table.name()).add("file", table.file())
                    .add("rows", table.rows()).add("columns", columns));
        }
        JsonObjectBuilder manifest = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("formatVersion", formatVersion)
                .add("schemaVersion", schemaVersion)
                .add("exportedAt", exportedAt.toString())
                .add("exportedFrom", exportedFrom)
                .add("stories", rowsOf("article"))
                .add("mediaFiles", mediaFiles)
                .add("checksums", Checksums.FILE)
                .add("tables", tableList);
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(manifest.build());
        }
    }

    /** Reads a manifest; an {@link IOException} with a plain sentence when it is not one of ours. */
    static Manifest read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(directory + " has no " + FILE + ": it is not a directory ops/newsroom export wrote");
        }
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            if (!FORMAT.equals(json.getString("format", ""))) {
                throw new IOException(FILE + " is not a Newsroom content export");
            }
            List<TableFile> tables = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("tables")) {
                JsonObject table = value.asJsonObject();
                tables.add(new TableFile(table.getString("name"), table.getString("file"),
                        table.getJsonArray("columns").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                        table.getJsonNumber("rows").longValueExact()));
            }
            return new Manifest(json.getInt("formatVersion"), json.getString("schemaVersion"),
                    Instant.parse(json.getString("exportedAt")), json.getString("exportedFrom", ""), tables,
                    json.getJsonNumber("mediaFiles").longValueExact());
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                | java.time.format.DateTimeParseException e) {
            throw new IOException(FILE + " cannot be read as a Newsroom manifest");
        }
    }
}
