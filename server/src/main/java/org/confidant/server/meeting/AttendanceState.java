package org.confidant.server.meeting;

/** A member's place in one session, stored in {@code attendance.state}. */
public enum AttendanceState {
  /** Asked to join; the chair has not let them in yet. */
  WAITING,
  /** In the room. */
  ADMITTED,
  /** Taken out by the chair; may ask to join again. */
  REMOVED,
  /** Taken out by the chair for the rest of this session; may not ask again. */
  BANNED;

  /** The room role this state gives a member who does not chair. */
  RoomRole role() {
    return switch (this) {
      case WAITING -> RoomRole.WAITING;
      case ADMITTED -> RoomRole.ATTENDEE;
      case REMOVED, BANNED -> RoomRole.REMOVED;
    };
  }
}
