package org.confidant.server.room;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.confidant.server.ServerTest;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.meeting.SessionEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows for a group with an open session, made directly, as the meeting feature would. */
abstract class RoomTestBase extends ServerTest {

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  /** A group whose secretary chairs an open session with one admitted attendee, one waiting, one removed, one member who never asked, and an outsider. */
  record Scene(UUID groupId, UUID sessionId, AccountPrincipal chair, AccountPrincipal attendee,
      AccountPrincipal waiting, AccountPrincipal removed, AccountPrincipal member, AccountPrincipal outsider) {}

  Scene scene() {
    UUID group = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, ?, 30, ?)")
        .params(group, "Tuesday Night Group", now).update();
    AccountPrincipal chair = join(group, newMember("Robin K."), "SECRETARY");
    AccountPrincipal attendee = join(group, newMember("Sam R."), "MEMBER");
    AccountPrincipal waiting = join(group, newMember("Dana W."), "MEMBER");
    AccountPrincipal removed = join(group, newMember("Lee M."), "MEMBER");
    AccountPrincipal member = join(group, newMember("Maria T."), "MEMBER");
    AccountPrincipal outsider = newMember("Pat Q.");
    UUID otherGroup = UUID.randomUUID();
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, ?, 30, ?)")
        .params(otherGroup, "Other Group", now).update();
    join(otherGroup, outsider, "SECRETARY");
    UUID meeting = UUID.randomUUID();
    jdbc.sql("insert into meeting (id, group_id, title, weekday, start_time, time_zone, format, chair_id, created_at) "
            + "values (?, ?, ?, 2, time '19:00:00', 'America/Chicago', 'CLOSED', null, ?)")
        .params(meeting, group, "Tuesday Night Big Book", now).update();
    UUID session = UUID.randomUUID();
    jdbc.sql("insert into meeting_session (id, meeting_id, started_at) values (?, ?, ?)").params(session, meeting, now).update();
    events.publishEvent(new SessionEvents.Opened(session, group));
    attend(session, attendee, "ADMITTED");
    attend(session, waiting, "WAITING");
    attend(session, removed, "REMOVED");
    return new Scene(group, session, chair, attendee, waiting, removed, member, outsider);
  }

  AccountPrincipal join(UUID group, AccountPrincipal who, String role) {
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, ?, ?)")
        .params(group, who.id(), role, OffsetDateTime.now(ZoneOffset.UTC)).update();
    return who;
  }

  void attend(UUID session, AccountPrincipal who, String state) {
    jdbc.sql("insert into attendance (session_id, account_id, state, updated_at) values (?, ?, ?, ?)")
        .params(session, who.id(), state, OffsetDateTime.now(ZoneOffset.UTC)).update();
  }

  /** Closes the session as the meeting feature does: closed_at, Closing, attendance deleted, one transaction. */
  void close(Scene s) {
    tx.executeWithoutResult(status -> {
      jdbc.sql("update meeting_session set closed_at = ? where id = ?").params(OffsetDateTime.now(ZoneOffset.UTC), s.sessionId()).update();
      events.publishEvent(new SessionEvents.Closing(s.sessionId(), s.groupId(), 30));
      jdbc.sql("delete from attendance where session_id = ?").param(s.sessionId()).update();
    });
  }

  ResultActions share(Scene s, AccountPrincipal who, String text, boolean confirmed) throws Exception {
    String json = "{\"text\":" + quote(text) + ",\"confirmed\":" + confirmed + "}";
    return mvc.perform(post("/api/sessions/{id}/shares", s.sessionId()).with(as(who)).with(csrf())
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
