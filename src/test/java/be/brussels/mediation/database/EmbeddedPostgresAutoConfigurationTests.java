package be.brussels.mediation.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
				DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class));

	@Test
	void keepsDataAcrossRestarts(@TempDir Path directory) {
		ApplicationContextRunner withDirectory = this.contexts
			.withPropertyValues("mediation.embedded-database.directory=" + directory);

		withDirectory.run((context) -> context.getBean(JdbcTemplate.class)
			.execute("create table note (text varchar(20)); insert into note values ('kept')"));
		withDirectory.run((context) -> assertThat(
				context.getBean(JdbcTemplate.class).queryForObject("select text from note", String.class))
			.isEqualTo("kept"));
	}

	@Test
	void startsNoEmbeddedDatabaseWhenADatasourceIsConfigured() {
		this.contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/mediation")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

}
