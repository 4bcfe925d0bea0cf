package org.newsroom.editorial.transfer;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The schema's Flyway version, as the migrations left it: what an export is written in and an import must match. */
final class SchemaVersion {

    private SchemaVersion() {
    }

    static String of(DataSource dataSource) {
        MigrationInfo current = Flyway.configure(SchemaVersion.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info()
                .current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }
}
