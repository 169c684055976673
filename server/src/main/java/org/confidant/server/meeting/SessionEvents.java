package org.confidant.server.meeting;

import java.util.UUID;

/**
 * Events the meeting feature publishes (synchronously, inside its transaction) so that the live
 * room can react without the two packages calling each other.
 */
public final class SessionEvents {

  private SessionEvents() {}

  /** A session opened; the room may create its in-memory key. */
  public record Opened(UUID sessionId, UUID groupId) {}

  /**
   * A session is closing. Listeners must leave nothing readable behind: the room turns shares
   * into fingerprints kept {@code retentionDays}, records who heard the session for as long,
   * deletes the shares and destroys the session key. Attendance rows are deleted after listeners run.
   */
  public record Closing(UUID sessionId, UUID groupId, int retentionDays) {}

  /** A member's role in a session changed (admitted, removed, banned, left); the room updates their stream. */
  public record RoleChanged(UUID sessionId, UUID accountId, RoomRole role) {}
}
