package be.brussels.mediation.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no datasource is configured.
 *
 * @param directory the data directory, kept across restarts; when empty, a temporary
 * directory that is removed on shutdown
 */
@ConfigurationProperties("mediation.embedded-database")
public record EmbeddedDatabaseProperties(Path directory) {

}
