package org.confidant.server.meeting;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A meeting's schedule as one member of its group sees it.
 *
 * @param next the next start, in the meeting's time zone (pages also show it in the viewer's own)
 * @param liveSessionId the open session, or null when the meeting is not running
 * @param secretary whether the viewer is the group's secretary (may edit and delete)
 * @param canStart whether the viewer may start and close it (secretary or the named chair)
 */
public record MeetingDetail(UUID id, UUID groupId, String groupName, String title, int weekday, String weekdayName,
    LocalTime startTime, String timeZone, String format, UUID chairId, String chairName, boolean hasPasscode,
    ZonedDateTime next, UUID liveSessionId, boolean secretary, boolean canStart) {

  /** Whether a session is open now. */
  public boolean live() {
    return liveSessionId != null;
  }
}
