package org.confidant.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.confidant.server.account.AccountPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RecordApplicationEvents
class SessionsTest extends MeetingFixture {

  @Autowired SessionAccess access;
  @Autowired ApplicationEvents events;

  ResultActions join(AccountPrincipal who, UUID session, String passcode) throws Exception {
    return mvc.perform(post("/api/sessions/" + session + "/join").with(as(who)).with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(passcode == null ? "{}" : "{\"passcode\":\"" + passcode + "\"}"));
  }

  ResultActions decide(AccountPrincipal who, UUID session, AccountPrincipal target, String action) throws Exception {
    return mvc.perform(post("/api/sessions/" + session + "/attendees/" + target.id() + "/" + action)
        .with(as(who)).with(csrf()));
  }

  @ParameterizedTest(name = "{0} starts -> {1}")
  @CsvSource({"secretary, 201", "chair, 201", "member, 403", "stranger, 404"})
  void secretaryOrChairStartsAMeeting(String who, int expected) throws Exception {
    mvc.perform(post("/api/meetings/" + meetingId + "/sessions").with(as(actor(who))).with(csrf()))
        .andExpect(status().is(expected));
    assertThat(events.stream(SessionEvents.Opened.class).count()).isEqualTo(expected == 201 ? 1 : 0);
  }

  @Test
  void startPageRedirectsToTheRoomAndASecondStartIsRefused() throws Exception {
    mvc.perform(post("/meetings/" + meetingId + "/start").with(as(secretary)).with(csrf()))
        .andExpect(redirectedUrlPattern("/sessions/*"));
    mvc.perform(post("/api/meetings/" + meetingId + "/sessions").with(as(chair)).with(csrf()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("session-open"));
  }

  MockHttpServletRequestBuilder request(String route, UUID session, AccountPrincipal target) {
    String s = "/api/sessions/" + session;
    return switch (route) {
      case "close" -> post(s + "/close");
      case "close-page" -> post("/sessions/" + session + "/close");
      case "attendees" -> get(s + "/attendees");
      case "lobby" -> get("/sessions/" + session + "/lobby");
      case "admit" -> post(s + "/attendees/" + target.id() + "/admit");
      case "admit-page" -> post("/sessions/" + session + "/attendees/" + target.id() + "/admit");
      case "remove" -> post(s + "/attendees/" + target.id() + "/remove");
      case "ban" -> post(s + "/attendees/" + target.id() + "/ban");
      case "join" -> post(s + "/join").contentType(MediaType.APPLICATION_JSON).content("{}");
      case "waiting" -> get("/sessions/" + session + "/waiting");
      default -> throw new IllegalArgumentException(route);
    };
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "secretary, close, 204", "chair, close, 204", "attendee, close, 403", "member, close, 403", "stranger, close, 404",
      "chair, close-page, 302", "attendee, close-page, 403", "stranger, close-page, 404",
      "secretary, attendees, 200", "chair, attendees, 200", "attendee, attendees, 403", "stranger, attendees, 404",
      "chair, lobby, 200", "attendee, lobby, 403", "member, lobby, 403", "stranger, lobby, 404",
      "secretary, admit, 200", "chair, admit, 200", "attendee, admit, 403", "stranger, admit, 404",
      "chair, admit-page, 302", "attendee, admit-page, 403", "stranger, admit-page, 404",
      "chair, remove, 200", "attendee, remove, 403", "stranger, remove, 404",
      "chair, ban, 200", "attendee, ban, 403", "stranger, ban, 404",
      "member, join, 200", "stranger, join, 404",
      "member, waiting, 200", "stranger, waiting, 404",
  })
  void onlyTheChairRunsTheSessionAndStrangersDoNotSeeIt(String who, String route, int expected) throws Exception {
    UUID session = start(meetingId);
    AccountPrincipal attendee = newMember("Ann A.");
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', now())")
        .params(groupId, attendee.id()).update();
    join(attendee, session).andExpect(status().isOk());
    decide(chair, session, attendee, "admit").andExpect(status().isOk());
    AccountPrincipal waiting = newMember("Wes W.");
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', now())")
        .params(groupId, waiting.id()).update();
    join(waiting, session).andExpect(status().isOk());
    AccountPrincipal actor = who.equals("attendee") ? attendee : actor(who);
    mvc.perform(request(route, session, waiting).with(as(actor)).with(csrf())).andExpect(status().is(expected));
  }

  ResultActions join(AccountPrincipal who, UUID session) throws Exception {
    return join(who, session, null);
  }

  @Test
  void waitingThenAdmittedThenRemovedThenAskingAgain() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(jsonPath("$.role").value("WAITING"));
    assertThat(access.roleOf(session, member.id())).isEqualTo(RoomRole.WAITING);
    mvc.perform(get("/sessions/" + session + "/waiting").with(as(member)))
        .andExpect(content().string(containsString("hx-get=\"/sessions/" + session + "/waiting/status\"")))
        .andExpect(content().string(containsString("hx-trigger=\"every 3s\"")));
    mvc.perform(get("/sessions/" + session + "/waiting/status").with(as(member)).header("HX-Request", "true"))
        .andExpect(header().doesNotExist("HX-Redirect"))
        .andExpect(content().string(containsString("The chair will let you in")));
    mvc.perform(get("/sessions/" + session + "/lobby").with(as(chair)))
        .andExpect(content().string(containsString("Lee M.")));

    decide(chair, session, member, "admit").andExpect(jsonPath("$.state").value("ADMITTED"));
    assertThat(access.roleOf(session, member.id())).isEqualTo(RoomRole.ATTENDEE);
    mvc.perform(get("/sessions/" + session + "/waiting/status").with(as(member)).header("HX-Request", "true"))
        .andExpect(header().string("HX-Redirect", "/sessions/" + session));

    decide(chair, session, member, "remove").andExpect(jsonPath("$.state").value("REMOVED"));
    assertThat(access.roleOf(session, member.id())).isEqualTo(RoomRole.REMOVED);
    mvc.perform(get("/sessions/" + session + "/waiting/status").with(as(member)).header("HX-Request", "true"))
        .andExpect(header().doesNotExist("HX-Redirect"))
        .andExpect(content().string(containsString("ask to join again")));
    join(member, session).andExpect(jsonPath("$.role").value("WAITING"));

    assertThat(events.stream(SessionEvents.RoleChanged.class).map(SessionEvents.RoleChanged::role))
        .containsExactly(RoomRole.WAITING, RoomRole.ATTENDEE, RoomRole.REMOVED, RoomRole.WAITING);
  }

  @Test
  void bannedMemberCannotAskAgainNorBeAdmitted() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(status().isOk());
    decide(chair, session, member, "ban").andExpect(jsonPath("$.state").value("BANNED"));
    join(member, session).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("banned"));
    decide(chair, session, member, "admit").andExpect(status().isConflict());
    assertThat(access.roleOf(session, member.id())).isEqualTo(RoomRole.REMOVED);
  }

  @Test
  void chairAndSecretaryAreAdmittedWithoutWaitingAndCannotBeRemoved() throws Exception {
    UUID session = start(meetingId);
    join(secretary, session).andExpect(jsonPath("$.role").value("CHAIR"));
    join(chair, session).andExpect(jsonPath("$.role").value("CHAIR"));
    decide(secretary, session, chair, "remove").andExpect(status().isConflict());
  }

  @ParameterizedTest(name = "passcode {0} -> {1}")
  @CsvSource(value = {"blue-kite, 200, WAITING", "Blue-kite, 400, passcode-wrong", "NULL, 400, passcode-required"},
      nullValues = "NULL")
  void passcodeIsNeededToWait(String passcode, int expected, String outcome) throws Exception {
    UUID session = start(meeting("blue-kite"));
    ResultActions result = join(member, session, passcode).andExpect(status().is(expected));
    result.andExpect(jsonPath(expected == 200 ? "$.role" : "$.code").value(outcome));
    join(secretary, session, null).andExpect(jsonPath("$.role").value("CHAIR"));
  }

  @Test
  void wrongPasscodesAreThrottled() throws Exception {
    UUID session = start(meeting("blue-kite"));
    for (int i = 0; i < Passcodes.MAX_FAILURES; i++) {
      join(member, session, "guess-" + i).andExpect(status().isBadRequest());
    }
    join(member, session, "blue-kite").andExpect(status().isTooManyRequests());
    clock.advance(Passcodes.WINDOW.plusSeconds(1));
    join(member, session, "blue-kite").andExpect(status().isOk());
  }

  @Test
  void wrongPasscodeOnThePageSaysSoAndOffersTheFormAgain() throws Exception {
    UUID session = start(meeting("blue-kite"));
    mvc.perform(post("/sessions/" + session + "/join").with(as(member)).with(csrf()).param("passcode", "nope"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("That passcode is not right")))
        .andExpect(content().string(containsString("Ask to join")));
    mvc.perform(post("/sessions/" + session + "/join").with(as(member)).with(csrf()).param("passcode", "blue-kite"))
        .andExpect(redirectedUrlPattern("/sessions/*/waiting"));
  }

  @Test
  void closePublishesClosingThenDeletesAttendance() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(status().isOk());
    decide(chair, session, member, "admit").andExpect(status().isOk());
    mvc.perform(post("/api/sessions/" + session + "/close").with(as(chair)).with(csrf()))
        .andExpect(status().isNoContent());
    assertThat(events.stream(SessionEvents.Closing.class))
        .containsExactly(new SessionEvents.Closing(session, groupId, 12));
    assertThat(jdbc.sql("select count(*) from attendance where session_id = ?").param(session).query(Long.class)
        .single()).isZero();
    assertThat(access.openSession(session)).isEmpty();
    join(member, session).andExpect(status().isConflict());
    assertThat(jdbc.sql("select count(*) from audit_event where action = 'session.close' and subject_id = ?")
        .param(session).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void closingListenersSeeTheAttendanceStillThere() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(status().isOk());
    decide(chair, session, member, "admit").andExpect(status().isOk());
    AttendanceProbe.seen.set(-1);
    mvc.perform(post("/api/sessions/" + session + "/close").with(as(chair)).with(csrf()))
        .andExpect(status().isNoContent());
    assertThat(AttendanceProbe.seen.get()).isEqualTo(2);
  }

  @Test
  void meetingPageOffersJoinWhileLive() throws Exception {
    UUID session = start(meetingId);
    mvc.perform(get("/meetings/" + meetingId).with(as(member)))
        .andExpect(content().string(containsString("/sessions/" + session + "/join")));
    mvc.perform(get("/meetings/" + meetingId).with(as(chair)))
        .andExpect(content().string(containsString("Close the meeting")));
  }

  @Test
  void lobbyRefreshesAsAFragmentForHtmx() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(status().isOk());
    mvc.perform(get("/sessions/" + session + "/lobby").with(as(chair)).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"lobby\"")))
        .andExpect(content().string(containsString("Lee M.")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<footer"))));
  }

  @Test
  void memberRemovedFromTheGroupLeavesTheOpenSessionToo() throws Exception {
    UUID session = start(meetingId);
    join(member, session).andExpect(status().isOk());
    decide(chair, session, member, "admit").andExpect(status().isOk());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .delete("/api/groups/" + groupId + "/members/" + member.id()).with(as(secretary)).with(csrf()))
        .andExpect(status().isNoContent());
    assertThat(access.roleOf(session, member.id())).isEqualTo(RoomRole.NONE);
    assertThat(events.stream(SessionEvents.RoleChanged.class).filter(e -> e.role() == RoomRole.NONE).count())
        .isEqualTo(1);
    join(member, session).andExpect(status().isNotFound());
  }

  @Test
  void secretaryCannotLeaveWhileAMeetingIsOpen() throws Exception {
    UUID session = start(meetingId);
    mvc.perform(post("/api/groups/" + groupId + "/leave").with(as(secretary)).with(csrf()))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/sessions/" + session + "/close").with(as(secretary)).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/groups/" + groupId + "/leave").with(as(secretary)).with(csrf()))
        .andExpect(status().isNoContent());
  }
}
