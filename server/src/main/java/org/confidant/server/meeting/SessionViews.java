package org.confidant.server.meeting;

import java.util.List;
import java.util.UUID;

/** What the session feature shows: display names and states only. */
public final class SessionViews {

  private SessionViews() {}

  /** One person in a session's lobby; {@code chair} marks the secretary or chair (cannot be removed). */
  public record Attendee(UUID accountId, String displayName, AttendanceState state, boolean chair) {}

  /** The chair's view of who waits and who is in. */
  public record Lobby(UUID sessionId, UUID meetingId, String title, List<Attendee> waiting, List<Attendee> admitted,
      List<Attendee> removed) {}

  /**
   * A member's view of their own place in a session.
   *
   * @param open whether the session is still open
   * @param state the member's attendance, or null when they have not asked to join
   * @param chair whether the member chairs (admitted without waiting)
   */
  public record Place(UUID sessionId, UUID meetingId, String title, boolean open, boolean hasPasscode,
      AttendanceState state, boolean chair) {

    /** Whether the member is in the room and should go there. */
    public boolean inRoom() {
      return open && (chair || state == AttendanceState.ADMITTED);
    }

    /** Whether the member may (again) ask to join. */
    public boolean mayAsk() {
      return open && !chair && (state == null || state == AttendanceState.REMOVED);
    }
  }
}
