package org.confidant.server.meeting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.confidant.server.audit.AuditLog;
import org.confidant.server.group.GroupRole;
import org.confidant.server.group.GroupService;
import org.confidant.server.system.ConfidantException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting schedule: who may see, create, change and delete a group's meetings.
 *
 * <p>Members of the group see its meetings; everyone else gets 404 for a meeting id. Only the
 * secretary creates, edits and deletes meetings and names their chair (a member of the group).
 * Passcodes are stored as Argon2id hashes only ({@link Passcodes}).
 */
@Service
public class MeetingService {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final GroupService groups;
  private final Passcodes passcodes;

  MeetingService(JdbcClient jdbc, Clock clock, AuditLog audit, GroupService groups, Passcodes passcodes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.groups = groups;
    this.passcodes = passcodes;
  }

  /** A meeting as the rules need it, with the viewer's role in its group. */
  record Ref(UUID id, UUID groupId, UUID chairId, GroupRole viewerRole, String passcodeHash) {
    boolean viewerChairs(UUID accountId) {
      return viewerRole == GroupRole.SECRETARY || accountId.equals(chairId);
    }
  }

  /** The meeting, if it exists and the member is in its group; 404 otherwise. */
  Ref locate(UUID meetingId, UUID accountId) {
    record Row(UUID groupId, UUID chairId, String hash) {}
    Row row = jdbc.sql("select group_id, chair_id, passcode_hash from meeting where id = ?").param(meetingId)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
        .optional().orElseThrow(MeetingService::meetingNotFound);
    GroupRole role = groups.roleIn(row.groupId(), accountId).orElseThrow(MeetingService::meetingNotFound);
    return new Ref(meetingId, row.groupId(), row.chairId(), role, row.hash());
  }

  /** Schedule details with the next occurrence; 404 for non-members. */
  public MeetingDetail detail(UUID meetingId, UUID accountId) {
    Ref ref = locate(meetingId, accountId);
    return jdbc.sql("select m.title, m.weekday, m.start_time, m.time_zone, m.format, m.chair_id, a.display_name, "
            + "g.name, (select s.id from meeting_session s where s.meeting_id = m.id and s.closed_at is null "
            + "order by s.started_at desc limit 1) from meeting m join fellowship_group g on g.id = m.group_id "
            + "left join account a on a.id = m.chair_id where m.id = ?")
        .param(meetingId)
        .query((rs, n) -> {
          int weekday = rs.getInt(2);
          LocalTime start = rs.getObject(3, LocalTime.class);
          String zone = rs.getString(4);
          return new MeetingDetail(meetingId, ref.groupId(), rs.getString(8), rs.getString(1), weekday,
              dayName(weekday), start, zone, rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
              ref.passcodeHash() != null, next(weekday, start, ZoneId.of(zone)), rs.getObject(9, UUID.class),
              ref.viewerRole() == GroupRole.SECRETARY, ref.viewerChairs(accountId));
        })
        .single();
  }

  /** The meeting's schedule as a form for editing (passcode never included). Secretary only. */
  public MeetingForm form(UUID meetingId, UUID accountId) {
    MeetingDetail d = detail(meetingId, accountId);
    return new MeetingForm(d.title(), d.weekday(), d.startTime().toString(), d.timeZone(), d.format(), d.chairId(),
        "", false);
  }

  /** The secretary adds a meeting to the group's schedule. 400 on invalid fields, 403 for others. */
  @Transactional
  public UUID create(UUID groupId, UUID accountId, MeetingForm form) {
    groups.requireSecretary(groupId, accountId, "schedule meetings");
    Valid v = validate(groupId, form);
    String hash = blank(form.passcode()) ? null : passcodes.hash(form.passcode());
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into meeting (id, group_id, title, weekday, start_time, time_zone, format, chair_id, "
            + "passcode_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, groupId, v.title(), v.weekday(), v.start(), v.zone(), v.format(), form.chairId(), hash,
            OffsetDateTime.now(clock))
        .update();
    audit.record(accountId, "meeting.create", id);
    return id;
  }

  /** The secretary changes a meeting. An empty passcode keeps the current one; {@code clearPasscode} removes it. */
  @Transactional
  public void update(UUID meetingId, UUID accountId, MeetingForm form) {
    Ref ref = locate(meetingId, accountId);
    groups.requireSecretary(ref.groupId(), accountId, "change meetings");
    Valid v = validate(ref.groupId(), form);
    String hash = form.clearing() ? null
        : blank(form.passcode()) ? ref.passcodeHash() : passcodes.hash(form.passcode());
    jdbc.sql("update meeting set title = ?, weekday = ?, start_time = ?, time_zone = ?, format = ?, chair_id = ?, "
            + "passcode_hash = ? where id = ?")
        .params(v.title(), v.weekday(), v.start(), v.zone(), v.format(), form.chairId(), hash, meetingId)
        .update();
    audit.record(accountId, "meeting.update", meetingId);
  }

  /** The secretary deletes a meeting from the schedule; 409 while a session of it is open. Returns its group. */
  @Transactional
  public UUID delete(UUID meetingId, UUID accountId) {
    Ref ref = locate(meetingId, accountId);
    groups.requireSecretary(ref.groupId(), accountId, "delete meetings");
    long open = jdbc.sql("select count(*) from meeting_session where meeting_id = ? and closed_at is null")
        .param(meetingId).query(Long.class).single();
    if (open > 0) {
      throw ConfidantException.conflict("meeting-open", "Close the meeting before you delete it.");
    }
    jdbc.sql("delete from meeting where id = ?").param(meetingId).update();
    audit.record(accountId, "meeting.delete", meetingId);
    return ref.groupId();
  }

  private record Valid(String title, int weekday, LocalTime start, String zone, String format) {}

  /** Checks every field again (the page form and JSON both come here); 400 with a sentence naming the field. */
  private Valid validate(UUID groupId, MeetingForm form) {
    String title = form.title() == null ? "" : form.title().strip();
    if (title.isEmpty()) {
      throw ConfidantException.invalid("meeting-title-missing", "Give the meeting a title.");
    }
    if (title.codePointCount(0, title.length()) > 80) {
      throw ConfidantException.invalid("meeting-title-long", "Keep the title to 80 characters or fewer.");
    }
    if (form.weekday() == null || form.weekday() < 1 || form.weekday() > 7) {
      throw ConfidantException.invalid("meeting-weekday", "Choose the day of the week the meeting is held.");
    }
    LocalTime start;
    try {
      start = LocalTime.parse(form.startTime() == null ? "" : form.startTime().strip().length() == 4
          ? "0" + form.startTime().strip() : form.startTime().strip());
    } catch (DateTimeParseException e) {
      throw ConfidantException.invalid("meeting-time", "Give the start time as HH:MM, for example 19:30.");
    }
    String zone = validZone(form.timeZone())
        .orElseThrow(() -> ConfidantException.invalid("meeting-time-zone",
            "Choose a time zone from the list, or type one such as America/Chicago."));
    String format = form.format() == null ? "" : form.format().strip();
    if (!format.equals("OPEN") && !format.equals("CLOSED")) {
      throw ConfidantException.invalid("meeting-format", "Choose whether the meeting is open or closed.");
    }
    if (form.chairId() != null && groups.roleIn(groupId, form.chairId()).isEmpty()) {
      throw ConfidantException.invalid("meeting-chair", "The chair must be a member of the group.");
    }
    if (form.passcode() != null && form.passcode().length() > 64) {
      throw ConfidantException.invalid("passcode-long", "Keep the passcode to 64 characters or fewer.");
    }
    return new Valid(title, form.weekday(), start.withSecond(0).withNano(0), zone, format);
  }

  /** The IANA zone id when it names a region zone the JDK knows (not a bare offset), else empty. */
  static Optional<String> validZone(String raw) {
    String zone = raw == null ? "" : raw.strip();
    if (zone.isEmpty() || zone.length() > 64 || !(ZoneId.getAvailableZoneIds().contains(zone) || zone.equals("UTC"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(zone).getId());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The next start of a weekly meeting after now, in the meeting's own zone (a start in a DST gap moves forward). */
  ZonedDateTime next(int weekday, LocalTime start, ZoneId zone) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    LocalDate day = now.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
    ZonedDateTime candidate = ZonedDateTime.of(day, start, zone);
    return candidate.isAfter(now) ? candidate : ZonedDateTime.of(day.plusWeeks(1), start, zone);
  }

  static String dayName(int weekday) {
    return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static boolean blank(String s) {
    return s == null || s.isEmpty();
  }

  static ConfidantException meetingNotFound() {
    return ConfidantException.notFound("meeting-not-found", "There is no such meeting, or you are not in its group.");
  }
}
