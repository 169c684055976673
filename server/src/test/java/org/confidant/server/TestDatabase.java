package org.confidant.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database server tests run on: real PostgreSQL (embedded, started once per JVM) by
 * default, or H2 in PostgreSQL mode when {@code -Dconfidant.test.db=h2}.
 *
 * <p>The build runs the persistence tests once on each (see the surefire executions in
 * server/pom.xml), so every query and migration is proven on both databases.
 */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;
  private static Path dataDir;

  private TestDatabase() {}

  /** The database this JVM's tests use: {@code postgres} or {@code h2}. */
  public static String kind() {
    return System.getProperty("confidant.test.db", "postgres");
  }

  /** Registers the datasource and a fresh data directory for the Spring test context. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    Path data = dataDir();
    registry.add("confidant.data-dir", data::toString);
    if (kind().equals("h2")) {
      String name = "confidant-" + UUID.randomUUID();
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      registry.add("spring.datasource.username", () -> "sa");
      registry.add("spring.datasource.password", () -> "");
    } else {
      EmbeddedPostgres pg = postgres();
      registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    }
  }

  /** A data directory for this JVM's tests, under target/. */
  public static synchronized Path dataDir() {
    if (dataDir == null) {
      try {
        Path target = Path.of("target");
        Files.createDirectories(target);
        dataDir = Files.createTempDirectory(target.toAbsolutePath(), "test-data-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataDir;
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the temporary cluster directory is removed by the OS later
        }
      }));
    }
    return postgres;
  }
}
