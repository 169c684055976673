package org.confidant.server.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.confidant.server.ServerTest;
import org.confidant.server.account.AccountPrincipal;
import org.confidant.server.group.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** A group with a secretary, a chair, a member and a stranger (in another group), and one meeting chaired by the chair. */
@Import({TestClock.Config.class, AttendanceProbe.class})
abstract class MeetingFixture extends ServerTest {

  @Autowired TestClock clock;

  AccountPrincipal secretary;
  AccountPrincipal chair;
  AccountPrincipal member;
  AccountPrincipal stranger;
  UUID groupId;
  UUID meetingId;

  @BeforeEach
  void fixture() throws Exception {
    clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    secretary = newMember("Pat S.");
    chair = newMember("Chris C.");
    member = newMember("Lee M.");
    stranger = newMember("Kim O.");
    groupId = group(secretary, chair, member);
    group(stranger);
    meetingId = meeting(null);
  }

  @AfterEach
  void resetClock() {
    clock.set(Instant.now());
  }

  /** A group whose first member is secretary and the others members. */
  UUID group(AccountPrincipal secretary, AccountPrincipal... members) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, 'Tuesday Serenity', 12, now())")
        .param(id).update();
    jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'SECRETARY', now())")
        .params(id, secretary.id()).update();
    for (AccountPrincipal m : members) {
      jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', now())")
          .params(id, m.id()).update();
    }
    return id;
  }

  /** A meeting chaired by {@link #chair}, with the passcode when not null, created through the API. */
  UUID meeting(String passcode) throws Exception {
    String body = mvc.perform(post("/api/groups/" + groupId + "/meetings").with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(meetingJson("Big Book study", "America/Chicago", passcode)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }

  String meetingJson(String title, String zone, String passcode) {
    return "{\"title\":\"" + title + "\",\"weekday\":2,\"startTime\":\"19:00\",\"timeZone\":\"" + zone
        + "\",\"format\":\"CLOSED\",\"chairId\":\"" + chair.id() + "\""
        + (passcode == null ? "" : ",\"passcode\":\"" + passcode + "\"") + "}";
  }

  /** Starts a session of the meeting as the chair and returns its id. */
  UUID start(UUID meeting) throws Exception {
    String body = mvc.perform(post("/api/meetings/" + meeting + "/sessions").with(as(chair)).with(csrf()))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.sessionId"));
  }

  AccountPrincipal actor(String who) {
    return switch (who) {
      case "secretary" -> secretary;
      case "chair" -> chair;
      case "member" -> member;
      default -> stranger;
    };
  }
}
