package org.newsroom.editorial.transfer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One column of an exported table and how its values look in the directory: numbers and booleans
 * as JSON numbers and booleans, text as strings, times as ISO-8601 strings with their offset (to
 * the microsecond, as stored), and binary values (pictures) as the path of a file beside the
 * tables. The same column reads from a result set on export and binds a statement on import, so
 * a value comes back exactly as it went out, on H2 and on PostgreSQL alike.
 */
record Column(String name, Kind kind) {

    /** What a column holds, as far as the directory format is concerned. */
    enum Kind { WHOLE_NUMBER, DECIMAL, BOOLEAN, TEXT, TIME_WITH_ZONE, LOCAL_TIME, DATE, BINARY }

    /** The columns of a query's result, named in lower case (H2 says ID, PostgreSQL id). */
    static List<Column> of(ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT),
                    kindOf(meta.getColumnType(i), meta.getColumnTypeName(i))));
        }
        return columns;
    }

    static Kind kindOf(int sqlType, String typeName) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return Kind.WHOLE_NUMBER;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL:
                return Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT:
                return Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
                    Types.NCLOB:
                return Kind.TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return Kind.TIME_WITH_ZONE;
            case Types.TIMESTAMP:
                // PostgreSQL's driver reports timestamptz as TIMESTAMP and says so in the type name.
                return type.contains("tz") || type.contains("time zone") ? Kind.TIME_WITH_ZONE : Kind.LOCAL_TIME;
            case Types.DATE:
                return Kind.DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return Kind.BINARY;
            default:
                throw new IllegalStateException("The export has no format for the SQL type " + typeName + " (" + sqlType + ")");
        }
    }

    /** Adds this column's value in row {@code rs} to {@code row}; binary values are not read here. */
    void read(ResultSet rs, int index, JsonObjectBuilder row) throws SQLException {
        Object value = switch (kind) {
            case WHOLE_NUMBER -> rs.getLong(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case BOOLEAN -> rs.getBoolean(index);
            case TEXT -> rs.getString(index);
            case TIME_WITH_ZONE -> rs.getObject(index, OffsetDateTime.class);
            case LOCAL_TIME -> rs.getObject(index, LocalDateTime.class);
            case DATE -> rs.getObject(index, LocalDate.class);
            case BINARY -> throw new IllegalStateException("binary values are files, not JSON values");
        };
        if (rs.wasNull() || value == null) {
            row.addNull(name);
        } else if (value instanceof Long number) {
            row.add(name, number);
        } else if (value instanceof java.math.BigDecimal number) {
            row.add(name, number);
        } else if (value instanceof Boolean flag) {
            row.add(name, flag);
        } else {
            row.add(name, value.toString());
        }
    }

    /** Binds the directory's value of this column to parameter {@code index} (binary: see {@link #bindBytes}). */
    void bind(PreparedStatement statement, int index, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(index, sqlType());
            return;
        }
        switch (kind) {
            case WHOLE_NUMBER -> statement.setLong(index, ((JsonNumber) value).longValueExact());
            case DECIMAL -> statement.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
            case BOOLEAN -> statement.setBoolean(index, value == JsonValue.TRUE);
            case TEXT -> statement.setString(index, ((JsonString) value).getString());
            case TIME_WITH_ZONE -> statement.setObject(index, OffsetDateTime.parse(((JsonString) value).getString()));
            case LOCAL_TIME -> statement.setObject(index, LocalDateTime.parse(((JsonString) value).getString()));
            case DATE -> statement.setObject(index, LocalDate.parse(((JsonString) value).getString()));
            case BINARY -> throw new IllegalStateException("binary values are bound from their files");
        }
    }

    void bindBytes(PreparedStatement statement, int index, byte[] bytes) throws SQLException {
        statement.setBytes(index, bytes);
    }

    private int sqlType() {
        return switch (kind) {
            case WHOLE_NUMBER -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case TEXT -> Types.VARCHAR;
            case TIME_WITH_ZONE -> Types.TIMESTAMP_WITH_TIMEZONE;
            case LOCAL_TIME -> Types.TIMESTAMP;
            case DATE -> Types.DATE;
            case BINARY -> Types.BINARY;
        };
    }
}
