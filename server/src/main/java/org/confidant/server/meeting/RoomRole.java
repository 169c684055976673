package org.confidant.server.meeting;

/** What a member may do in one open meeting session. */
public enum RoomRole {
  /** Not in the session (never asked, or not a member of the group). */
  NONE,
  /** Asked to join; waits for the chair to admit them. Sees no shares. */
  WAITING,
  /** Removed, or removed and banned, from this session. Sees no shares. */
  REMOVED,
  /** Admitted: reads and posts shares. */
  ATTENDEE,
  /** Chairs the session (the meeting's chair, or the group's secretary): admits, removes, closes. Also reads and posts. */
  CHAIR;

  /** Whether this role may read and post shares. */
  public boolean inRoom() {
    return this == ATTENDEE || this == CHAIR;
  }
}
