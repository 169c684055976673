package org.confidant.server.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.server.audit.AuditLog;
import org.confidant.server.group.GroupRole;
import org.confidant.server.group.GroupService;
import org.confidant.server.meeting.SessionViews.Attendee;
import org.confidant.server.meeting.SessionViews.Lobby;
import org.confidant.server.meeting.SessionViews.Place;
import org.confidant.server.system.ConfidantException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions (one occurrence of a meeting) and their waiting room.
 *
 * <p>The secretary or the meeting's chair starts and closes a session and admits, removes or bans
 * members; other members ask to join (with the passcode, when the meeting has one) and wait. Every
 * change publishes a {@link SessionEvents} event synchronously inside the transaction, so the live
 * room acts before the change commits. Non-members get 404 for a session id; closing deletes the
 * session's attendance, so who attended is not kept past the meeting (the room keeps "heard" rows
 * for the retention period only).
 */
@Service
public class SessionService {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final GroupService groups;
  private final MeetingService meetings;
  private final Passcodes passcodes;
  private final ApplicationEventPublisher events;

  SessionService(JdbcClient jdbc, Clock clock, AuditLog audit, GroupService groups, MeetingService meetings,
      Passcodes passcodes, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.groups = groups;
    this.meetings = meetings;
    this.passcodes = passcodes;
    this.events = events;
  }

  /** A session with its meeting, and the viewer's standing. */
  private record Ref(UUID id, UUID meetingId, UUID groupId, String title, boolean open, boolean chair,
      String passcodeHash) {}

  private Ref locate(UUID sessionId, UUID accountId) {
    record Row(UUID meetingId, UUID groupId, String title, boolean open, UUID chairId, String hash) {}
    Row row = jdbc.sql("select s.meeting_id, m.group_id, m.title, s.closed_at, m.chair_id, m.passcode_hash "
            + "from meeting_session s join meeting m on m.id = s.meeting_id where s.id = ?")
        .param(sessionId)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class) == null, rs.getObject(5, UUID.class), rs.getString(6)))
        .optional().orElseThrow(SessionService::sessionNotFound);
    GroupRole role = groups.roleIn(row.groupId(), accountId).orElseThrow(SessionService::sessionNotFound);
    boolean chair = role == GroupRole.SECRETARY || accountId.equals(row.chairId());
    return new Ref(sessionId, row.meetingId(), row.groupId(), row.title(), row.open(), chair, row.hash());
  }

  private Ref locateOpen(UUID sessionId, UUID accountId) {
    Ref ref = locate(sessionId, accountId);
    if (!ref.open()) {
      throw ConfidantException.conflict("session-closed", "This meeting has closed.");
    }
    return ref;
  }

  private static void requireChair(Ref ref, String action) {
    if (!ref.chair()) {
      throw ConfidantException.forbidden("chair-only", "Only the meeting's chair or the group's secretary can "
          + action + ".");
    }
  }

  /**
   * Opens a session of the meeting; the starter is admitted. Secretary or chair only; 409 when a
   * session of this meeting is already open.
   */
  @Transactional
  public UUID start(UUID meetingId, UUID accountId) {
    MeetingService.Ref meeting = meetings.locate(meetingId, accountId);
    if (!meeting.viewerChairs(accountId)) {
      throw ConfidantException.forbidden("chair-only",
          "Only the meeting's chair or the group's secretary can start the meeting.");
    }
    jdbc.sql("select id from meeting where id = ? for update").param(meetingId).query(UUID.class).single();
    Optional<UUID> open = openSessionOf(meetingId);
    if (open.isPresent()) {
      throw ConfidantException.conflict("session-open", "This meeting is already open. Join it from its page.");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into meeting_session (id, meeting_id, started_at, closed_at) values (?, ?, ?, null)")
        .params(id, meetingId, now).update();
    setState(id, accountId, AttendanceState.ADMITTED);
    events.publishEvent(new SessionEvents.Opened(id, meeting.groupId()));
    audit.record(accountId, "session.start", id);
    return id;
  }

  /** The open session of a meeting, if any. */
  Optional<UUID> openSessionOf(UUID meetingId) {
    return jdbc.sql("select id from meeting_session where meeting_id = ? and closed_at is null")
        .param(meetingId).query(UUID.class).optional();
  }

  /**
   * Closes the session: publishes {@link SessionEvents.Closing} (the room destroys shares and key),
   * then deletes the attendance and marks it closed. Secretary or chair only. Returns the meeting id.
   */
  @Transactional
  public UUID close(UUID sessionId, UUID accountId) {
    Ref ref = locateOpen(sessionId, accountId);
    requireChair(ref, "close the meeting");
    int retention = jdbc.sql("select retention_days from fellowship_group where id = ?").param(ref.groupId())
        .query(Integer.class).single();
    events.publishEvent(new SessionEvents.Closing(sessionId, ref.groupId(), retention));
    jdbc.sql("delete from attendance where session_id = ?").param(sessionId).update();
    jdbc.sql("update meeting_session set closed_at = ? where id = ?").params(OffsetDateTime.now(clock), sessionId)
        .update();
    audit.record(accountId, "session.close", sessionId);
    return ref.meetingId();
  }

  /**
   * A member asks to join. The chair and secretary are admitted at once; others wait for the chair,
   * after giving the passcode when the meeting has one. A banned member is refused (403); a wrong
   * passcode is 400, and 429 after repeated failures. Returns the member's role.
   */
  @Transactional
  public RoomRole join(UUID sessionId, UUID accountId, String passcode) {
    Ref ref = locateOpen(sessionId, accountId);
    if (ref.chair()) {
      setState(sessionId, accountId, AttendanceState.ADMITTED);
      return RoomRole.CHAIR;
    }
    Optional<AttendanceState> current = stateOf(sessionId, accountId);
    if (current.isPresent()) {
      switch (current.get()) {
        case BANNED -> throw ConfidantException.forbidden("banned",
            "The chair has removed you from this meeting, and you can't join it again today.");
        case ADMITTED, WAITING -> {
          return current.get().role();
        }
        case REMOVED -> { }
      }
    }
    if (ref.passcodeHash() != null) {
      passcodes.check(ref.meetingId(), accountId, ref.passcodeHash(), passcode);
    }
    setState(sessionId, accountId, AttendanceState.WAITING);
    events.publishEvent(new SessionEvents.RoleChanged(sessionId, accountId, RoomRole.WAITING));
    return RoomRole.WAITING;
  }

  /** The member's own place in the session (for the waiting page); 404 for non-members. */
  public Place place(UUID sessionId, UUID accountId) {
    Ref ref = locate(sessionId, accountId);
    AttendanceState state = ref.open() ? stateOf(sessionId, accountId).orElse(null) : null;
    return new Place(sessionId, ref.meetingId(), ref.title(), ref.open(), ref.passcodeHash() != null, state,
        ref.chair());
  }

  /** Who waits, who is in and who was removed, by display name. Chair only. */
  public Lobby lobby(UUID sessionId, UUID accountId) {
    Ref ref = locateOpen(sessionId, accountId);
    requireChair(ref, "see who is waiting");
    List<Attendee> all = attendees(ref);
    return new Lobby(sessionId, ref.meetingId(), ref.title(),
        all.stream().filter(a -> a.state() == AttendanceState.WAITING).toList(),
        all.stream().filter(a -> a.state() == AttendanceState.ADMITTED).toList(),
        all.stream().filter(a -> a.state() == AttendanceState.REMOVED || a.state() == AttendanceState.BANNED)
            .toList());
  }

  /** Everyone who asked to join, with their state. Chair only. */
  public List<Attendee> attendees(UUID sessionId, UUID accountId) {
    Ref ref = locateOpen(sessionId, accountId);
    requireChair(ref, "see who is waiting");
    return attendees(ref);
  }

  private List<Attendee> attendees(Ref ref) {
    UUID chairId = jdbc.sql("select chair_id from meeting where id = ?").param(ref.meetingId()).query(UUID.class)
        .optional().orElse(null);
    return jdbc.sql("select a.account_id, ac.display_name, a.state, ms.role from attendance a "
            + "join account ac on ac.id = a.account_id "
            + "join membership ms on ms.account_id = a.account_id and ms.group_id = ? "
            + "where a.session_id = ? order by a.updated_at, a.account_id")
        .params(ref.groupId(), ref.id())
        .query((rs, n) -> {
          UUID id = rs.getObject(1, UUID.class);
          return new Attendee(id, rs.getString(2), AttendanceState.valueOf(rs.getString(3)),
              "SECRETARY".equals(rs.getString(4)) || id.equals(chairId));
        })
        .list();
  }

  /**
   * The chair changes a member's place: admit (from waiting or removed), remove (may ask again) or
   * ban (for the rest of this session). 404 when the member has not asked to join; 409 when the
   * target chairs or is banned (admit). Publishes {@link SessionEvents.RoleChanged}.
   */
  @Transactional
  public Attendee decide(UUID sessionId, UUID accountId, UUID memberId, AttendanceState to) {
    Ref ref = locateOpen(sessionId, accountId);
    requireChair(ref, switch (to) {
      case ADMITTED -> "let members in";
      case REMOVED, WAITING -> "remove members";
      case BANNED -> "ban members";
    });
    if (to == AttendanceState.WAITING) {
      throw new IllegalArgumentException("the chair does not send members back to wait");
    }
    Attendee target = attendees(ref).stream().filter(a -> a.accountId().equals(memberId)).findFirst()
        .orElseThrow(() -> ConfidantException.notFound("attendee-not-found",
            "That member has not asked to join this meeting."));
    if (target.chair()) {
      throw ConfidantException.conflict("attendee-chairs", "The chair and the secretary can't be removed from "
          + "their own meeting.");
    }
    if (to == AttendanceState.ADMITTED && target.state() == AttendanceState.BANNED) {
      throw ConfidantException.conflict("attendee-banned", "That member is banned from this meeting.");
    }
    setState(sessionId, memberId, to);
    events.publishEvent(new SessionEvents.RoleChanged(sessionId, memberId, to.role()));
    audit.record(accountId, switch (to) {
      case ADMITTED -> "attendee.admit";
      case BANNED -> "attendee.ban";
      default -> "attendee.remove";
    }, memberId);
    return new Attendee(memberId, target.displayName(), to, false);
  }

  private Optional<AttendanceState> stateOf(UUID sessionId, UUID accountId) {
    return jdbc.sql("select state from attendance where session_id = ? and account_id = ?")
        .params(sessionId, accountId).query(String.class).optional().map(AttendanceState::valueOf);
  }

  private void setState(UUID sessionId, UUID accountId, AttendanceState state) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated = jdbc.sql("update attendance set state = ?, updated_at = ? where session_id = ? and account_id = ?")
        .params(state.name(), now, sessionId, accountId).update();
    if (updated == 0) {
      jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, ?, ?)")
          .params(sessionId, accountId, state.name(), now).update();
    }
  }

  static ConfidantException sessionNotFound() {
    return ConfidantException.notFound("session-not-found", "There is no such meeting, or you are not in its group.");
  }
}
