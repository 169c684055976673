package org.confidant.server.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A meeting's schedule entry as the secretary types it, for the page form and the JSON API alike.
 *
 * <p>{@link MeetingService} checks every field again (time zone, chair in the group); the page
 * re-renders this record as typed when a check fails, so nothing is lost. On edit, an empty
 * passcode keeps the current one; {@code clearPasscode} removes it. The passcode is never shown back.
 *
 * @param title what the group calls the meeting (1..80 characters)
 * @param weekday ISO day of week, 1 = Monday … 7 = Sunday
 * @param startTime local start time, {@code HH:mm}
 * @param timeZone IANA time zone such as {@code America/Chicago}
 * @param format {@code OPEN} (anyone interested) or {@code CLOSED} (only those with a desire to stop)
 * @param chairId a group member who may start and chair the meeting, or null for the secretary alone
 * @param passcode an optional passcode attendees must give to join (4..64 characters)
 * @param clearPasscode on edit, remove the meeting's passcode
 */
public record MeetingForm(
    @NotBlank(message = "Give the meeting a title.") @Size(max = 80, message = "Keep the title to 80 characters or fewer.")
    String title,
    @NotNull(message = "Choose a day.") @Min(value = 1, message = "Choose a day.") @Max(value = 7, message = "Choose a day.")
    Integer weekday,
    @NotBlank(message = "Give a start time.") @Pattern(regexp = "\\d{1,2}:\\d{2}", message = "Give the time as HH:MM.")
    String startTime,
    @NotBlank(message = "Choose a time zone.") @Size(max = 64, message = "Choose a time zone from the list.")
    String timeZone,
    @NotBlank(message = "Choose open or closed.") @Pattern(regexp = "OPEN|CLOSED", message = "Choose open or closed.")
    String format,
    UUID chairId,
    @Size(max = 64, message = "Keep the passcode to 64 characters or fewer.")
    String passcode,
    Boolean clearPasscode) {

  /** Whether the secretary asked to remove the passcode (absent means no). */
  public boolean clearing() {
    return Boolean.TRUE.equals(clearPasscode);
  }

  /** The default zone offered on a new meeting; the page's script replaces it with the browser's own. */
  public static final String DEFAULT_ZONE = "America/New_York";

  /** An empty form for a new meeting. */
  public static MeetingForm blank() {
    return new MeetingForm("", 1, "19:00", DEFAULT_ZONE, "CLOSED", null, "", false);
  }

  /** The same form without the passcode, to render back to the page. */
  public MeetingForm withoutPasscode() {
    return new MeetingForm(title, weekday, startTime, timeZone, format, chairId, "", clearPasscode);
  }

  /** Zones offered in the form's list; any other valid IANA zone may be typed. */
  public static final java.util.List<String> COMMON_ZONES = java.util.List.of(
      "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
      "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "America/Toronto", "America/Vancouver",
      "America/Mexico_City", "America/Sao_Paulo", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin",
      "Europe/Madrid", "Europe/Warsaw", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Manila", "Asia/Tokyo",
      "Australia/Sydney", "Australia/Perth", "Pacific/Auckland", "UTC");
}
