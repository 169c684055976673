package org.confidant.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.confidant.server.ConfidantServer;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.SessionEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proof that a closed meeting leaves nothing readable: the whole server on its embedded
 * file database with its own data directory, shares posted, the meeting closed, the server shut
 * down; then every file under the data directory (database with its free pages, key store) and
 * the captured logs are searched for the shares' text, and every key the server still holds is
 * tried on every ciphertext that may remain.
 */
@ExtendWith(OutputCaptureExtension.class)
class RoomProofTest {

  /** Fictional shares with words found nowhere else. */
  static final List<String> SHARES = List.of(
      "Last spring I hid my vodka inside the hollow ceramic pelican on the Quillfeather ferry.",
      "I drove the snowplough into Ozymandias Creek after the bowling banquet at Thistlewick.",
      "My craving came back near the Groatsworth marmalade cannery, so I phoned my sponsor.");
  static final List<String> WORDS = List.of("Quillfeather", "Thistlewick", "Groatsworth", "ceramic pelican",
      "Ozymandias Creek", "bowling banquet", "marmalade cannery");
  static final String TITLE = "Lantern Harbor Thursday";

  @TempDir Path tmp;

  record Stored(UUID id, byte[] ciphertext) {}

  @Test
  void closeLeavesNothingReadable(CapturedOutput output) throws Exception {
    Path data = tmp.resolve("data");
    String url = "jdbc:h2:file:" + data.resolve("db/confidant").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    UUID group = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    List<Stored> ciphertexts;
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ConfidantServer.class)
        .web(WebApplicationType.SERVLET)
        .run("--confidant.data-dir=" + data.toAbsolutePath(), "--spring.datasource.url=" + url,
            "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
            "--server.address=127.0.0.1")) {
      JdbcClient jdbc = ctx.getBean(JdbcClient.class);
      RoomService room = ctx.getBean(RoomService.class);
      AccountPrincipal chair = account(jdbc, "Robin K.");
      AccountPrincipal attendee = account(jdbc, "Sam R.");
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, 'Proof Group', 30, ?)")
          .params(group, now).update();
      jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'SECRETARY', ?)")
          .params(group, chair.id(), now).update();
      jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', ?)")
          .params(group, attendee.id(), now).update();
      UUID meeting = UUID.randomUUID();
      jdbc.sql("insert into meeting (id, group_id, title, weekday, start_time, time_zone, format, created_at) "
          + "values (?, ?, ?, 4, time '20:00:00', 'UTC', 'CLOSED', ?)").params(meeting, group, TITLE, now).update();
      jdbc.sql("insert into meeting_session (id, meeting_id, started_at) values (?, ?, ?)").params(session, meeting, now).update();
      ctx.publishEvent(new SessionEvents.Opened(session, group));
      jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, 'ADMITTED', ?)")
          .params(session, attendee.id(), now).update();

      for (int i = 0; i < SHARES.size(); i++) {
        PostResult r = room.post(session, i % 2 == 0 ? attendee : chair, SHARES.get(i), false);
        assertThat(r.posted()).as("share %d posted", i).isTrue();
      }
      assertThat(room.sharesAfter(session, attendee, 0)).extracting(ShareView::text).containsExactlyElementsOf(SHARES);
      ciphertexts = jdbc.sql("select id, ciphertext from share where session_id = ? order by seq").param(session)
          .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
      assertThat(ciphertexts).hasSize(SHARES.size());

      ctx.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
        jdbc.sql("update meeting_session set closed_at = ? where id = ?").params(OffsetDateTime.now(ZoneOffset.UTC), session).update();
        ctx.publishEvent(new SessionEvents.Closing(session, group, 30));
        jdbc.sql("delete from attendance where session_id = ?").param(session).update();
      });
      assertThat(ctx.getBean(LiveRooms.class).holdsKey(session)).isFalse();
    }

    // 1. No file under the data directory and no log line holds any share's text, in any encoding.
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
    assertThat(files).anyMatch(f -> f.getFileName().toString().equals(MasterKeyStore.FILE_NAME));
    byte[] dbFile = Files.readAllBytes(files.stream().filter(f -> f.toString().endsWith(".mv.db")).findFirst().orElseThrow());
    assertThat(indexOf(dbFile, TITLE.getBytes(StandardCharsets.UTF_8)))
        .as("control: the scan reads what the database stores in the clear").isNotNegative();
    List<String> needles = new ArrayList<>(SHARES);
    needles.addAll(WORDS);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (String needle : needles) {
        for (byte[] form : forms(needle)) {
          assertThat(indexOf(bytes, form)).as("'%s' in %s", needle, data.relativize(file)).isNegative();
        }
      }
    }
    String logs = output.getAll();
    assertThat(logs).contains("Started");
    for (String needle : needles) {
      assertThat(logs.toLowerCase(Locale.ROOT)).doesNotContain(needle.toLowerCase(Locale.ROOT));
    }

    // 2. Every key the server still holds (master key, every group key unwrapped) fails on every ciphertext.
    MasterKeyStore master = new MasterKeyStore(data.resolve("keys"));
    List<byte[]> groupKeys = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         ResultSet rs = c.createStatement().executeQuery("select group_id, wrapped_key from group_key")) {
      while (rs.next()) {
        UUID g = rs.getObject(1, UUID.class);
        groupKeys.add(master.unwrap(rs.getBytes(2), GroupKeys.ad(g)));
      }
      try (ResultSet left = c.createStatement().executeQuery("select count(*) from share")) {
        left.next();
        assertThat(left.getLong(1)).as("share rows left").isZero();
      }
    }
    assertThat(groupKeys).as("the group's fingerprint key exists").hasSize(1);
    byte[] sample = master.wrap(new byte[] {7}, new byte[] {1});
    assertThat(KeyAttempts.masterDecrypts(master, sample, new byte[] {1})).as("control: master attempts can succeed").isTrue();
    assertThat(KeyAttempts.aesGcmDecrypts(groupKeys.get(0), gcm(groupKeys.get(0)), new byte[0]))
        .as("control: raw-key attempts can succeed").isTrue();

    // the captured ciphertexts, and every place in the raw database file that starts like one of them
    List<byte[]> candidates = new ArrayList<>();
    ciphertexts.forEach(s -> candidates.add(s.ciphertext()));
    for (Stored s : ciphertexts) {
      byte[] prefix = Arrays.copyOf(s.ciphertext(), 5);
      for (int at = indexOf(dbFile, prefix, 0); at >= 0; at = indexOf(dbFile, prefix, at + 1)) {
        for (Stored len : ciphertexts) {
          if (at + len.ciphertext().length <= dbFile.length) {
            candidates.add(Arrays.copyOfRange(dbFile, at, at + len.ciphertext().length));
          }
        }
      }
    }
    for (byte[] candidate : candidates) {
      for (Stored s : ciphertexts) {
        byte[] ad = ShareKey.associatedData(session, s.id());
        assertThat(KeyAttempts.masterDecrypts(master, candidate, ad)).isFalse();
        for (byte[] k : groupKeys) {
          assertThat(KeyAttempts.aesGcmDecrypts(k, candidate, ad)).isFalse();
        }
      }
    }
  }

  private static AccountPrincipal account(JdbcClient jdbc, String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into account (id, sign_in_name, display_name, passphrase_hash, session_epoch, created_at) "
            + "values (?, ?, ?, '!not-a-hash', 0, ?)").params(id, "proof-" + id, name, OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return new AccountPrincipal(id, name, 0);
  }

  /** The needle as UTF-8 and UTF-16 (both byte orders), as written and lower-cased. */
  private static List<byte[]> forms(String needle) {
    List<byte[]> out = new ArrayList<>();
    for (String s : List.of(needle, needle.toLowerCase(Locale.ROOT))) {
      out.add(s.getBytes(StandardCharsets.UTF_8));
      out.add(s.getBytes(StandardCharsets.UTF_16LE));
      out.add(s.getBytes(StandardCharsets.UTF_16BE));
    }
    return out;
  }

  private static byte[] gcm(byte[] key) throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    byte[] nonce = new byte[12];
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(key, 32), "AES"), new GCMParameterSpec(128, nonce));
    byte[] body = c.doFinal(new byte[] {42});
    byte[] out = new byte[12 + body.length];
    System.arraycopy(body, 0, out, 12, body.length);
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
