package org.confidant.server.group;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the group feature shows: plain records for pages and JSON alike. Display names only, never sign-in names. */
public final class GroupViews {

  private GroupViews() {}

  /** One of my groups. */
  public record GroupSummary(UUID id, String name, GroupRole role) {}

  /** A member as the group sees them. */
  public record Member(UUID accountId, String displayName, GroupRole role) {}

  /** One line of the group's schedule; {@code liveSessionId} is set while a session of it is open. */
  public record ScheduleLine(UUID id, String title, String weekday, LocalTime startTime, String timeZone,
      String format, UUID liveSessionId) {}

  /** A group with its members and schedule, as one member sees it. */
  public record GroupDetail(UUID id, String name, int retentionDays, GroupRole myRole, List<Member> members,
      List<ScheduleLine> meetings) {
    public boolean secretary() {
      return myRole == GroupRole.SECRETARY;
    }
  }

  /** A freshly created invite: the link is shown once and never stored. */
  public record InviteLink(String url, OffsetDateTime expiresAt) {}

  /** What an invite offers before it is accepted. */
  public record InviteOffer(UUID groupId, String groupName, boolean alreadyMember) {}
}
