package io.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * A database the service made before the latest migration upgrades at start with its rows intact:
 * Flyway runs the service's migrations up to V3 on an empty database, rows are written as the
 * service wrote them then, and the remaining migrations run over them. On H2 always; on PostgreSQL
 * too in the {@code -Ppostgres} run, in a schema of its own (the running test service's is left
 * alone).
 */
class SchemaUpgradeTest {

  private static final String PG_SCHEMA = "upgrade_check";

  @Test
  void anH2DatabaseOfV3UpgradesWithItsArticlesKeptAndNoRecalledClauses() throws Exception {
    upgrades("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
  }

  @Test
  void aPostgresqlDatabaseOfV3UpgradesWithItsArticlesKeptAndNoRecalledClauses() throws Exception {
    if (!System.getProperty("quarkus.test.profile", "").contains("pg")) {
      return; // the H2 run; the -Ppostgres run has the database
    }
    upgrades(
        "jdbc:postgresql://127.0.0.1:5432/crosscheck_test?currentSchema=" + PG_SCHEMA,
        "postgres",
        PG_SCHEMA);
  }

  private static void upgrades(String url, String user, String schema) throws Exception {
    // given a database the service before V4 made, holding an article in a story
    Flyway old = flyway(url, user, schema).target(MigrationVersion.fromVersion("3")).load();
    old.clean();
    old.migrate();
    try {
      try (Connection db = DriverManager.getConnection(url, user, "")) {
        storeAsBeforeV4(db);
      }

      // when the service starts on it
      var result = flyway(url, user, schema).load().migrate();

      // then the newer migrations ran and the article is as it was, its recalled clauses unknown
      assertThat(result.success).isTrue();
      assertThat(result.migrations).extracting(m -> m.version).contains("4");
      try (Connection db = DriverManager.getConnection(url, user, "");
          Statement query = db.createStatement();
          ResultSet row =
              query.executeQuery(
                  "SELECT title, extraction, recalled FROM article WHERE id = 'old-1'")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("title")).isEqualTo("Bridge gives way");
        assertThat(row.getString("extraction")).isEqualTo("{\"events\":[]}");
        assertThat(row.getString("recalled")).isNull();
      }
    } finally {
      old.clean(); // nothing left in the shared test database (PostgreSQL: the schema dropped)
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      String url, String user, String schema) {
    var config =
        Flyway.configure()
            .dataSource(url, user, "")
            .locations("classpath:db/migration")
            .cleanDisabled(false);
    return schema == null ? config : config.schemas(schema);
  }

  private static void storeAsBeforeV4(Connection db) throws Exception {
    Timestamp now = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
    try (PreparedStatement article =
            db.prepareStatement(
                "INSERT INTO article (id, title, text, text_sha256, extraction, version,"
                    + " created_at, updated_at) VALUES ('old-1', 'Bridge gives way', 'A bridge gave"
                    + " way.', ?, '{\"events\":[]}', 0, ?, ?)");
        PreparedStatement story =
            db.prepareStatement(
                "INSERT INTO story (id, title, created_at, version) VALUES ('s-1', 'Bridge', ?, 0)");
        Statement holding = db.createStatement()) {
      article.setString(1, "0".repeat(64));
      article.setTimestamp(2, now);
      article.setTimestamp(3, now);
      article.executeUpdate();
      story.setTimestamp(1, now);
      story.executeUpdate();
      holding.executeUpdate(
          "INSERT INTO story_article (story_id, article_id) VALUES ('s-1', 'old-1')");
    }
  }
}
