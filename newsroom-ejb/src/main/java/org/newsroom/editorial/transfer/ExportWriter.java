package org.newsroom.editorial.transfer;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The export's work on a plain JDBC connection (no container needed, so {@code ExportRoundTripTest}
 * runs it on H2): every table of {@link ContentTables#EXPORTED} to its JSON Lines file, rows
 * streamed {@value #FETCH} at a time, binary values to files of their own, then the manifest,
 * each file's checksum written as it is closed. All tables are read in one repeatable-read
 * transaction, so the export is one moment of the site.
 */
final class ExportWriter {

    private static final int FETCH = 500;

    private ExportWriter() {
    }

    /** Writes the content {@code connection} sees into the empty directory {@code target}; returns its manifest. */
    static Manifest write(Connection connection, Path target, String schemaVersion, String node, Instant at)
            throws IOException, SQLException {
        List<Manifest.TableFile> tables = new ArrayList<>();
        try (Checksums files = Checksums.startIn(target)) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long pictures = 0;
            try {
                for (ContentTables.Table table : ContentTables.EXPORTED) {
                    long before = files.files();
                    tables.add(writeTable(connection, table, files));
                    pictures += files.files() - before - 1;
                }
                connection.commit();
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, schemaVersion, at, node, tables, pictures);
            try (OutputStream out = files.create(Manifest.FILE)) {
                manifest.write(out);
            }
            return manifest;
        }
    }

    /** One table to its file; its binary values (pictures) to files of their own. */
    private static Manifest.TableFile writeTable(Connection connection, ContentTables.Table table, Checksums files)
            throws SQLException, IOException {
        long rows = 0;
        List<Column> columns;
        try (PreparedStatement select = connection.prepareStatement("select * from " + table.name() + " order by "
                + table.orderBy())) {
            select.setFetchSize(FETCH);
            try (ResultSet rs = select.executeQuery();
                 Writer lines = new BufferedWriter(new OutputStreamWriter(files.create(table.file()), StandardCharsets.UTF_8))) {
                columns = Column.of(rs.getMetaData());
                while (rs.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        if (column.kind() == Column.Kind.BINARY) {
                            row.add(column.name(), writeFile(rs, i + 1, table, column, columns, files));
                        } else {
                            column.read(rs, i + 1, row);
                        }
                    }
                    lines.write(row.build().toString());
                    lines.write('\n');
                    rows++;
                }
            }
        }
        return new Manifest.TableFile(table.name(), table.file(), columns.stream().map(Column::name).toList(), rows);
    }

    /** Copies a binary value to its own file and returns the file's path, which the row carries. */
    private static String writeFile(ResultSet rs, int index, ContentTables.Table table, Column column, List<Column> columns,
            Checksums files) throws SQLException, IOException {
        String path = MediaFiles.pathOf(table.name(), column.name(), valueOf(rs, columns, "id"),
                valueOf(rs, columns, "asset_id"), valueOf(rs, columns, "content_type"));
        try (InputStream in = rs.getBinaryStream(index); OutputStream out = files.create(path)) {
            if (in != null) {
                in.transferTo(out);
            }
        }
        return path;
    }

    private static String valueOf(ResultSet rs, List<Column> columns, String name) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return rs.getString(i + 1);
            }
        }
        return null;
    }

}
