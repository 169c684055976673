package org.confidant.server.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only answers about open sessions for other features: is it open, and what may this member do.
 *
 * <p>The meeting feature owns every change to sessions and attendance; this class only reads.
 * Unknown ids and closed sessions answer {@link Optional#empty()} / {@link RoomRole#NONE}.
 */
@Component
public class SessionAccess {

  private final JdbcClient jdbc;

  SessionAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The open session with this id, or empty when it does not exist or has closed. */
  public Optional<LiveSession> openSession(UUID sessionId) {
    return jdbc.sql("select s.id, s.meeting_id, m.group_id, m.title, m.chair_id from meeting_session s "
            + "join meeting m on m.id = s.meeting_id where s.id = ? and s.closed_at is null")
        .param(sessionId)
        .query((rs, n) -> new LiveSession(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class)))
        .optional();
  }

  /**
   * What the member may do in the open session: {@link RoomRole#CHAIR} for the meeting's chair and
   * the group's secretary, else their attendance state; {@link RoomRole#NONE} for non-members and
   * closed or unknown sessions.
   */
  public RoomRole roleOf(UUID sessionId, UUID accountId) {
    Optional<LiveSession> session = openSession(sessionId);
    if (session.isEmpty()) {
      return RoomRole.NONE;
    }
    LiveSession s = session.get();
    Optional<String> groupRole = jdbc.sql("select role from membership where group_id = ? and account_id = ?")
        .params(s.groupId(), accountId).query(String.class).optional();
    if (groupRole.isEmpty()) {
      return RoomRole.NONE;
    }
    if (accountId.equals(s.chairId()) || groupRole.get().equals("SECRETARY")) {
      return RoomRole.CHAIR;
    }
    Optional<String> state = jdbc.sql("select state from attendance where session_id = ? and account_id = ?")
        .params(sessionId, accountId).query(String.class).optional();
    return switch (state.orElse("")) {
      case "WAITING" -> RoomRole.WAITING;
      case "ADMITTED" -> RoomRole.ATTENDEE;
      case "REMOVED", "BANNED" -> RoomRole.REMOVED;
      default -> RoomRole.NONE;
    };
  }

  /** Display names of the group's members, for the guard's context (who counts as another member). */
  public List<String> memberNames(UUID groupId) {
    return jdbc.sql("select a.display_name from membership ms join account a on a.id = ms.account_id "
            + "where ms.group_id = ?")
        .param(groupId).query(String.class).list();
  }
}
