package org.confidant.server.group;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.confidant.server.audit.AuditLog;
import org.confidant.server.group.GroupViews.GroupDetail;
import org.confidant.server.group.GroupViews.GroupSummary;
import org.confidant.server.group.GroupViews.InviteLink;
import org.confidant.server.group.GroupViews.InviteOffer;
import org.confidant.server.group.GroupViews.Member;
import org.confidant.server.group.GroupViews.ScheduleLine;
import org.confidant.server.meeting.RoomRole;
import org.confidant.server.meeting.SessionEvents;
import org.confidant.server.system.ConfidantException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups, their members and invites: every rule of who may see and change a group lives here.
 *
 * <p>Members who are not in a group get {@code 404} for its id (its existence is not revealed);
 * members who lack the secretary's role get {@code 403}. Invites are single-use and expire; only
 * the SHA-256 of an invite token is stored, so a copy of the database cannot be used to join.
 */
@Service
public class GroupService {

  /** How long an invite link stays valid. */
  static final Duration INVITE_LIFETIME = Duration.ofDays(7);
  static final int MIN_RETENTION_DAYS = 1;
  static final int MAX_RETENTION_DAYS = 365;
  private static final int NAME_MAX = 80;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final SecureRandom random = new SecureRandom();

  GroupService(JdbcClient jdbc, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  /** The member's role in the group, or empty when they are not in it (or it does not exist). */
  public Optional<GroupRole> roleIn(UUID groupId, UUID accountId) {
    return jdbc.sql("select role from membership where group_id = ? and account_id = ?")
        .params(groupId, accountId).query(String.class).optional().map(GroupRole::valueOf);
  }

  /** The member's role; fails with 404 when they are not in the group, so its existence stays hidden. */
  public GroupRole requireMember(UUID groupId, UUID accountId) {
    return roleIn(groupId, accountId).orElseThrow(GroupService::groupNotFound);
  }

  /**
   * Passes when the member is the group's secretary.
   *
   * @param action completes the sentence "Only the group's secretary can …", e.g. "invite members"
   * @throws ConfidantException 404 for non-members, 403 for members who are not the secretary
   */
  public void requireSecretary(UUID groupId, UUID accountId, String action) {
    if (requireMember(groupId, accountId) != GroupRole.SECRETARY) {
      throw ConfidantException.forbidden("secretary-only", "Only the group's secretary can " + action + ".");
    }
  }

  /** The groups the member belongs to, by name. */
  public List<GroupSummary> myGroups(UUID accountId) {
    return jdbc.sql("select g.id, g.name, ms.role from fellowship_group g join membership ms on ms.group_id = g.id "
            + "where ms.account_id = ? order by lower(g.name), g.id")
        .param(accountId)
        .query((rs, n) -> new GroupSummary(rs.getObject(1, UUID.class), rs.getString(2),
            GroupRole.valueOf(rs.getString(3))))
        .list();
  }

  /** Creates a group; its creator becomes the secretary. Fails with 400 on an empty or over-long name. */
  @Transactional
  public GroupSummary create(UUID accountId, String rawName) {
    String name = validName(rawName);
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, ?, 30, ?)")
        .params(id, name, now).update();
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, ?, ?)")
        .params(id, accountId, GroupRole.SECRETARY.name(), now).update();
    audit.record(accountId, "group.create", id);
    return new GroupSummary(id, name, GroupRole.SECRETARY);
  }

  /** The group as this member sees it: members by display name, schedule, and retention. 404 for non-members. */
  public GroupDetail detail(UUID groupId, UUID accountId) {
    GroupRole mine = requireMember(groupId, accountId);
    record Row(String name, int retention) {}
    Row row = jdbc.sql("select name, retention_days from fellowship_group where id = ?").param(groupId)
        .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2))).single();
    List<Member> members = jdbc.sql("select a.id, a.display_name, ms.role from membership ms "
            + "join account a on a.id = ms.account_id where ms.group_id = ? "
            + "order by case when ms.role = 'SECRETARY' then 0 else 1 end, lower(a.display_name), a.id")
        .param(groupId)
        .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), GroupRole.valueOf(rs.getString(3))))
        .list();
    List<ScheduleLine> meetings = jdbc.sql("select m.id, m.title, m.weekday, m.start_time, m.time_zone, m.format, "
            + "(select s.id from meeting_session s where s.meeting_id = m.id and s.closed_at is null "
            + "order by s.started_at desc limit 1) from meeting m where m.group_id = ? "
            + "order by m.weekday, m.start_time, m.id")
        .param(groupId)
        .query((rs, n) -> new ScheduleLine(rs.getObject(1, UUID.class), rs.getString(2),
            DayOfWeek.of(rs.getInt(3)).getDisplayName(TextStyle.FULL, Locale.ENGLISH),
            rs.getObject(4, LocalTime.class), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class)))
        .list();
    return new GroupDetail(groupId, row.name(), row.retention(), mine, members, meetings);
  }

  /**
   * Creates a single-use invite that expires after {@link #INVITE_LIFETIME}. The returned link holds
   * the only copy of the token: the server keeps its SHA-256 alone. Secretary only.
   */
  @Transactional
  public InviteLink createInvite(UUID groupId, UUID accountId) {
    requireSecretary(groupId, accountId, "invite members");
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    OffsetDateTime expires = OffsetDateTime.now(clock).plus(INVITE_LIFETIME);
    jdbc.sql("insert into invite (token_hash, group_id, created_by, expires_at, used_at) values (?, ?, ?, ?, null)")
        .params(hash(token), groupId, accountId, expires).update();
    audit.record(accountId, "invite.create", groupId);
    return new InviteLink("/invite/" + token, expires);
  }

  /** What a valid invite offers; 404 when the token is unknown, used or expired (one answer for all three). */
  public InviteOffer offer(String token, UUID accountId) {
    record Row(UUID groupId, String name) {}
    Row row = jdbc.sql("select g.id, g.name from invite i join fellowship_group g on g.id = i.group_id "
            + "where i.token_hash = ? and i.used_at is null and i.expires_at > ?")
        .params(hash(token), OffsetDateTime.now(clock))
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2))).optional()
        .orElseThrow(GroupService::inviteNotFound);
    return new InviteOffer(row.groupId(), row.name(), roleIn(row.groupId(), accountId).isPresent());
  }

  /**
   * Joins the invite's group as a member and uses the invite up. A member already in the group keeps
   * their role and leaves the invite unused for someone else. 404 when the token is unknown, used or expired.
   */
  @Transactional
  public UUID accept(String token, UUID accountId) {
    InviteOffer offer = offer(token, accountId);
    if (offer.alreadyMember()) {
      return offer.groupId();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    int used = jdbc.sql("update invite set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
        .params(now, hash(token), now).update();
    if (used != 1) {
      throw inviteNotFound();
    }
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, ?, ?)")
        .params(offer.groupId(), accountId, GroupRole.MEMBER.name(), now).update();
    audit.record(accountId, "invite.accept", offer.groupId());
    return offer.groupId();
  }

  /**
   * The member leaves the group. When the secretary leaves, the longest-standing member becomes
   * secretary; when the last member leaves, the group and everything it holds is deleted. 409 while a
   * meeting of the group is open and the leaver is its secretary.
   */
  @Transactional
  public void leave(UUID groupId, UUID accountId) {
    GroupRole role = requireMember(groupId, accountId);
    if (role == GroupRole.SECRETARY && hasOpenSession(groupId)) {
      throw ConfidantException.conflict("meeting-open", "Close the group's open meeting before you leave.");
    }
    dropMember(groupId, accountId);
    audit.record(accountId, "group.leave", groupId);
    if (role == GroupRole.SECRETARY) {
      Optional<UUID> next = jdbc.sql("select account_id from membership where group_id = ? "
              + "order by joined_at, account_id limit 1")
          .param(groupId).query(UUID.class).optional();
      if (next.isPresent()) {
        jdbc.sql("update membership set role = 'SECRETARY' where group_id = ? and account_id = ?")
            .params(groupId, next.get()).update();
      } else {
        jdbc.sql("delete from fellowship_group where id = ?").param(groupId).update();
      }
    }
  }

  /** The secretary removes another member. 403 for others; 409 when the secretary names themselves. */
  @Transactional
  public void remove(UUID groupId, UUID accountId, UUID memberId) {
    requireSecretary(groupId, accountId, "remove members");
    if (accountId.equals(memberId)) {
      throw ConfidantException.conflict("cannot-remove-self",
          "You can't remove yourself. To step away from the group, use Leave group.");
    }
    if (roleIn(groupId, memberId).isEmpty()) {
      throw ConfidantException.notFound("member-not-found", "That person is not a member of this group.");
    }
    dropMember(groupId, memberId);
    audit.record(accountId, "member.remove", memberId);
  }

  /** The secretary sets how many days (1..365) fingerprints of closed meetings are kept. */
  @Transactional
  public int setRetention(UUID groupId, UUID accountId, Integer days) {
    requireSecretary(groupId, accountId, "change how long meeting fingerprints are kept");
    if (days == null || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw ConfidantException.invalid("retention-range", "Choose a number of days from 1 to 365.");
    }
    jdbc.sql("update fellowship_group set retention_days = ? where id = ?").params(days, groupId).update();
    audit.record(accountId, "group.retention", groupId);
    return days;
  }

  /** Removes the membership, the member's chair roles and their place in open sessions (the room is told). */
  private void dropMember(UUID groupId, UUID memberId) {
    List<UUID> sessions = jdbc.sql("select a.session_id from attendance a join meeting_session s on s.id = a.session_id "
            + "join meeting m on m.id = s.meeting_id where m.group_id = ? and a.account_id = ? and s.closed_at is null")
        .params(groupId, memberId).query(UUID.class).list();
    for (UUID session : sessions) {
      jdbc.sql("delete from attendance where session_id = ? and account_id = ?").params(session, memberId).update();
    }
    jdbc.sql("update meeting set chair_id = null where group_id = ? and chair_id = ?").params(groupId, memberId).update();
    jdbc.sql("delete from membership where group_id = ? and account_id = ?").params(groupId, memberId).update();
    for (UUID session : sessions) {
      events.publishEvent(new SessionEvents.RoleChanged(session, memberId, RoomRole.NONE));
    }
  }

  private boolean hasOpenSession(UUID groupId) {
    return jdbc.sql("select count(*) from meeting_session s join meeting m on m.id = s.meeting_id "
            + "where m.group_id = ? and s.closed_at is null")
        .param(groupId).query(Long.class).single() > 0;
  }

  /** Trims and checks a group name: 1 to 80 characters. */
  static String validName(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      throw ConfidantException.invalid("group-name-missing", "Give the group a name.");
    }
    if (name.codePointCount(0, name.length()) > NAME_MAX) {
      throw ConfidantException.invalid("group-name-long", "Keep the group's name to 80 characters or fewer.");
    }
    return name;
  }

  /** SHA-256 hex of an invite token; the only form in which a token is stored. */
  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(
          (token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  static ConfidantException groupNotFound() {
    return ConfidantException.notFound("group-not-found", "There is no such group, or you are not a member of it.");
  }

  private static ConfidantException inviteNotFound() {
    return ConfidantException.notFound("invite-invalid", "This invite link doesn't work: it may have been used "
        + "already or have expired. Ask the group's secretary for a new link.");
  }
}
