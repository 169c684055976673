package org.confidant.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.server.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

class RoomCloseTest extends RoomTestBase {

  @Autowired LiveRooms rooms;
  @Autowired MasterKeyStore master;
  @Autowired GroupKeys groupKeys;
  @Autowired HeardShares heard;
  @Autowired RoomClosing closing;
  @Autowired Guard guard;

  static final String SHARE = "My brother-in-law Teodoro crashed the orange tractor into the county fair pie tent "
      + "and I had to bail him out with my rent money.";

  record Stored(UUID id, byte[] ciphertext) {}

  List<Stored> stored(Scene s) {
    return jdbc.sql("select id, ciphertext from share where session_id = ? order by seq").param(s.sessionId())
        .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
  }

  @Test
  void closeDestroysTheMeetingKeyAndLeavesNoShareRowAndNoKeyThatDecrypts() throws Exception {
    Scene s = scene();
    share(s, s.attendee(), SHARE, false).andExpect(status().isCreated());
    share(s, s.chair(), "Thank you for sharing, keep coming back.", false).andExpect(status().isCreated());
    List<Stored> before = stored(s);
    assertThat(before).hasSize(2);
    assertThat(rooms.holdsKey(s.sessionId())).isTrue();

    close(s);

    assertThat(rooms.holdsKey(s.sessionId())).isFalse();
    assertThat(jdbc.sql("select count(*) from share where session_id = ?").param(s.sessionId()).query(Long.class).single())
        .isZero();
    byte[] groupKey = groupKeys.existing(s.groupId()).orElseThrow().toBytes();
    for (Stored c : before) {
      byte[] ad = ShareKey.associatedData(s.sessionId(), c.id());
      assertThat(KeyAttempts.masterDecrypts(master, c.ciphertext(), ad)).isFalse();
      assertThat(KeyAttempts.aesGcmDecrypts(groupKey, c.ciphertext(), ad)).isFalse();
    }
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(s.attendee()))).andExpect(status().isNotFound());
  }

  @Test
  void closeKeepsFingerprintsForWhoHeardItUntilRetentionEnds() throws Exception {
    Scene s = scene();
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.chair()))).andExpect(status().isOk());
    share(s, s.attendee(), SHARE, false).andExpect(status().isCreated());
    close(s);

    List<UUID> heardBy = jdbc.sql("select account_id from heard where session_id = ?").param(s.sessionId())
        .query(UUID.class).list();
    assertThat(heardBy).containsExactlyInAnyOrder(s.attendee().id(), s.chair().id());
    assertThat(jdbc.sql("select count(*) from share_fingerprint where session_id = ?").param(s.sessionId())
        .query(Long.class).single()).isPositive();

    String retold = "Guess what: Teodoro crashed the orange tractor into the county fair pie tent and she bailed him out with rent money.";
    for (var who : List.of(s.attendee(), s.chair())) {
      var verdict = guard.check(Message.builder(retold, Channel.GROUP).shares(heard.indexFor(who.id())).build());
      assertThat(verdict.has(Rule.MEETING_CONTENT)).as("heard by %s", who.displayName()).isTrue();
    }
    assertThat(heard.indexFor(s.member().id()).isEmpty()).isTrue();
    assertThat(heard.indexFor(s.waiting().id()).isEmpty()).isTrue();

    jdbc.sql("update share_fingerprint set expires_at = ? where session_id = ?")
        .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), s.sessionId()).update();
    jdbc.sql("update heard set expires_at = ? where session_id = ?")
        .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), s.sessionId()).update();
    closing.purgeExpired();
    assertThat(jdbc.sql("select count(*) from share_fingerprint where session_id = ?").param(s.sessionId())
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from heard where session_id = ?").param(s.sessionId())
        .query(Long.class).single()).isZero();
    assertThat(heard.indexFor(s.attendee().id()).isEmpty()).isTrue();
  }

  @Test
  void associatedDataBindsEachCiphertextToItsSessionAndShare() throws Exception {
    Scene s = scene();
    share(s, s.attendee(), "The first share of the night.", false);
    share(s, s.attendee(), "The second share of the night.", false);
    List<Stored> rows = stored(s);
    jdbc.sql("update share set ciphertext = ? where id = ?").params(rows.get(1).ciphertext(), rows.get(0).id()).update();
    jdbc.sql("update share set ciphertext = ? where id = ?").params(rows.get(0).ciphertext(), rows.get(1).id()).update();
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

    ShareKey key = ShareKey.generate();
    UUID session = UUID.randomUUID();
    UUID shareA = UUID.randomUUID();
    byte[] sealed = key.encrypt(session, shareA, "bound text");
    assertThat(key.decrypt(session, shareA, sealed)).contains("bound text");
    assertThat(key.decrypt(session, UUID.randomUUID(), sealed)).isEmpty();
    assertThat(key.decrypt(UUID.randomUUID(), shareA, sealed)).isEmpty();
    key.destroy();
    assertThat(key.decrypt(session, shareA, sealed)).isEmpty();
    assertThat(key.toString()).doesNotContain("bound");
  }

  @Test
  void restartLosesTheKeySoEarlierSharesAreUnreadableButNumberingGoesOn() throws Exception {
    Scene s = scene();
    share(s, s.attendee(), "Said before the server restarted.", false).andExpect(status().isCreated());
    @SuppressWarnings("unchecked")
    var memory = (java.util.Map<UUID, Room>) ReflectionTestUtils.getField(rooms, "rooms");
    memory.remove(s.sessionId()); // what a restart does: the in-memory key is gone
    share(s, s.attendee(), "Said after the restart.", false).andExpect(status().isCreated()).andExpect(jsonPath("$.seq").value(2));
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].text").value("Said after the restart."));
    close(s);
    assertThat(jdbc.sql("select count(*) from share where session_id = ?").param(s.sessionId()).query(Long.class).single())
        .isZero();
  }

  @Test
  void masterKeyIsCreatedOnceWithOwnerOnlyPermissions() throws Exception {
    Path file = TestDatabase.dataDir().resolve("keys").resolve(MasterKeyStore.FILE_NAME);
    assertThat(file).exists();
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    String before = Files.readString(file);
    byte[] sealed = master.wrap(new byte[] {1, 2, 3}, new byte[] {9});
    assertThat(new MasterKeyStore(file.getParent()).unwrap(sealed, new byte[] {9})).containsExactly(1, 2, 3);
    assertThat(Files.readString(file)).isEqualTo(before);
  }
}
