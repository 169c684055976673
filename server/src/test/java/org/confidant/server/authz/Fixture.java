package org.confidant.server.authz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh group with one actor of each kind the authorization matrix checks, inserted directly.
 *
 * <p>Group G has a secretary, a chair (a member named chair of G's meeting), an attendee admitted
 * to G's open session, and a member who has not joined it; the outsider belongs only to group H.
 * A fresh fixture per matrix cell keeps state-changing routes (close, leave, delete) independent.
 */
final class Fixture {

  final UUID groupId = UUID.randomUUID();
  final UUID otherGroupId = UUID.randomUUID();
  final UUID meetingId = UUID.randomUUID();
  final UUID sessionId = UUID.randomUUID();
  final AccountPrincipal secretary;
  final AccountPrincipal chair;
  final AccountPrincipal attendee;
  final AccountPrincipal member;
  final AccountPrincipal outsider;
  /** A group member waiting to be let into the open session: the target of admit, remove and ban. */
  final AccountPrincipal waiting;
  final String inviteToken;

  /** Every fixture account's passphrase, so that routes that ask for it can be called for real. */
  static final String PASSPHRASE = "lantern orchard velvet compass";
  /** One Argon2id hash of {@link #PASSPHRASE} at the server's default cost, computed once. */
  static final String PASSPHRASE_HASH =
      new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 19456, 2).encode(PASSPHRASE);

  Fixture(JdbcClient jdbc) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    secretary = account(jdbc, "Sara S.", now);
    chair = account(jdbc, "Carl C.", now);
    attendee = account(jdbc, "Abe A.", now);
    member = account(jdbc, "Mia M.", now);
    outsider = account(jdbc, "Otto O.", now);
    waiting = account(jdbc, "Wes W.", now);
    group(jdbc, groupId, now);
    group(jdbc, otherGroupId, now);
    membership(jdbc, groupId, secretary, "SECRETARY", now);
    membership(jdbc, groupId, chair, "MEMBER", now);
    membership(jdbc, groupId, attendee, "MEMBER", now);
    membership(jdbc, groupId, member, "MEMBER", now);
    membership(jdbc, groupId, waiting, "MEMBER", now);
    membership(jdbc, otherGroupId, outsider, "SECRETARY", now);
    jdbc.sql("insert into meeting (id, group_id, title, weekday, start_time, time_zone, format, chair_id, created_at) "
            + "values (?, ?, 'Thursday night', 4, ?, 'America/Chicago', 'CLOSED', ?, ?)")
        .params(meetingId, groupId, LocalTime.of(19, 0), chair.id(), now).update();
    jdbc.sql("insert into meeting_session (id, meeting_id, started_at) values (?, ?, ?)")
        .params(sessionId, meetingId, now).update();
    jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, 'ADMITTED', ?)")
        .params(sessionId, attendee.id(), now).update();
    jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, 'WAITING', ?)")
        .params(sessionId, waiting.id(), now).update();
    byte[] raw = new byte[32];
    new java.security.SecureRandom().nextBytes(raw);
    inviteToken = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    jdbc.sql("insert into invite (token_hash, group_id, created_by, expires_at) values (?, ?, ?, ?)")
        .params(sha256Hex(inviteToken), groupId, secretary.id(), now.plusDays(7)).update();
  }

  private static AccountPrincipal account(JdbcClient jdbc, String name, OffsetDateTime now) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into account (id, sign_in_name, display_name, passphrase_hash, session_epoch, created_at) "
            + "values (?, ?, ?, ?, 0, ?)")
        .params(id, "authz-" + id, name, PASSPHRASE_HASH, now).update();
    return new AccountPrincipal(id, name, 0);
  }

  private static void group(JdbcClient jdbc, UUID id, OffsetDateTime now) {
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, 'Fixture group', 30, ?)")
        .params(id, now).update();
  }

  private static void membership(JdbcClient jdbc, UUID group, AccountPrincipal who, String role, OffsetDateTime now) {
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, ?, ?)")
        .params(group, who.id(), role, now).update();
  }

  static String sha256Hex(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
