package org.confidant.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class MeetingsTest extends MeetingFixture {

  @Autowired MeetingService meetings;

  MockHttpServletRequestBuilder request(String route) {
    String json = meetingJson("Step study", "Europe/London", null);
    return switch (route) {
      case "create" -> post("/api/groups/" + groupId + "/meetings").contentType(MediaType.APPLICATION_JSON).content(json);
      case "create-page" -> post("/groups/" + groupId + "/meetings").param("title", "Step study").param("weekday", "3")
          .param("startTime", "07:30").param("timeZone", "Europe/London").param("format", "OPEN");
      case "view" -> get("/api/meetings/" + meetingId);
      case "view-page" -> get("/meetings/" + meetingId);
      case "edit" -> put("/api/meetings/" + meetingId).contentType(MediaType.APPLICATION_JSON).content(json);
      case "edit-page" -> post("/meetings/" + meetingId).param("title", "Step study").param("weekday", "3")
          .param("startTime", "07:30").param("timeZone", "Europe/London").param("format", "OPEN");
      case "delete" -> delete("/api/meetings/" + meetingId);
      case "delete-page" -> post("/meetings/" + meetingId + "/delete");
      default -> throw new IllegalArgumentException(route);
    };
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "secretary, create, 201", "chair, create, 403", "member, create, 403", "stranger, create, 404",
      "secretary, create-page, 302", "chair, create-page, 403", "member, create-page, 403", "stranger, create-page, 404",
      "secretary, view, 200", "chair, view, 200", "member, view, 200", "stranger, view, 404",
      "secretary, view-page, 200", "chair, view-page, 200", "member, view-page, 200", "stranger, view-page, 404",
      "secretary, edit, 200", "chair, edit, 403", "member, edit, 403", "stranger, edit, 404",
      "secretary, edit-page, 302", "chair, edit-page, 403", "member, edit-page, 403", "stranger, edit-page, 404",
      "secretary, delete, 204", "chair, delete, 403", "member, delete, 403", "stranger, delete, 404",
      "secretary, delete-page, 302", "chair, delete-page, 403", "member, delete-page, 403", "stranger, delete-page, 404",
  })
  void onlyTheSecretarySchedulesAndOnlyMembersSeeTheSchedule(String who, String route, int expected) throws Exception {
    mvc.perform(request(route).with(as(actor(who))).with(csrf())).andExpect(status().is(expected));
  }

  @Test
  void forbiddenSaysWhoMay() throws Exception {
    mvc.perform(request("delete").with(as(member)).with(csrf()))
        .andExpect(jsonPath("$.detail").value("Only the group's secretary can delete meetings."));
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
      "America/Chicago, 19:00, 201, ''",
      "Europe/Berlin, 07:05, 201, ''",
      "Mars/Olympus, 19:00, 400, meeting-time-zone",
      "+02:00, 19:00, 400, meeting-time-zone",
      "'', 19:00, 400, invalid-input",
      "America/Chicago, 25:00, 400, meeting-time",
  })
  void meetingTimesNeedARealTimeZone(String zone, String time, int expected, String code) throws Exception {
    String json = "{\"title\":\"Step study\",\"weekday\":2,\"startTime\":\"" + time + "\",\"timeZone\":\"" + zone
        + "\",\"format\":\"OPEN\"}";
    var result = mvc.perform(post("/api/groups/" + groupId + "/meetings").with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is(expected));
    if (!code.isEmpty()) {
      result.andExpect(jsonPath("$.code").value(code));
    }
  }

  @Test
  void meetingFormKeepsWhatWasTypedWhenTheZoneIsWrong() throws Exception {
    mvc.perform(post("/groups/" + groupId + "/meetings").with(as(secretary)).with(csrf())
            .param("title", "Sunrise Step study").param("weekday", "3").param("startTime", "07:30")
            .param("timeZone", "Moon/Base").param("format", "OPEN").param("passcode", "letmein99"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"Sunrise Step study\"")))
        .andExpect(content().string(containsString("value=\"Moon/Base\"")))
        .andExpect(content().string(containsString("or type one such as America/Chicago")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("letmein99"))));
  }

  @Test
  void chairMustBeAMemberOfTheGroup() throws Exception {
    String json = meetingJson("Step study", "UTC", null).replace(chair.id().toString(), stranger.id().toString());
    mvc.perform(post("/api/groups/" + groupId + "/meetings").with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("meeting-chair"));
  }

  @Test
  void passcodeIsStoredAsArgon2idOnlyAndEditKeepsOrClearsIt() throws Exception {
    var withCode = meeting("blue-kite");
    String hash = jdbc.sql("select passcode_hash from meeting where id = ?").param(withCode).query(String.class).single();
    assertThat(hash).startsWith("$argon2id$").doesNotContain("blue-kite");
    mvc.perform(put("/api/meetings/" + withCode).with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(meetingJson("Renamed", "UTC", null)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.hasPasscode").value(true));
    mvc.perform(put("/api/meetings/" + withCode).with(as(secretary)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(meetingJson("Renamed", "UTC", null).replace("}", ",\"clearPasscode\":true}")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.hasPasscode").value(false));
  }

  @ParameterizedTest(name = "now {0}: next {1}")
  @CsvSource({
      // Tuesday 19:00 in Chicago (UTC-6 in winter)
      "2026-12-01T12:00:00Z, 2026-12-01T19:00-06:00",
      "2026-12-02T01:00:00Z, 2026-12-08T19:00-06:00",
      "2026-12-02T00:59:00Z, 2026-12-01T19:00-06:00",
      "2026-12-05T12:00:00Z, 2026-12-08T19:00-06:00",
      // across the spring DST change (8 March 2026): Tuesday 10 March is UTC-5
      "2026-03-05T12:00:00Z, 2026-03-10T19:00-05:00",
  })
  void nextOccurrenceIsTheComingWeekdayInTheMeetingsZone(String now, String expected) {
    clock.set(Instant.parse(now));
    assertThat(meetings.next(2, LocalTime.of(19, 0), ZoneId.of("America/Chicago")).toOffsetDateTime())
        .hasToString(expected);
  }

  @Test
  void meetingPageShowsStartOnlyToSecretaryAndChair() throws Exception {
    for (var who : new org.confidant.server.account.AccountPrincipal[] {secretary, chair}) {
      mvc.perform(get("/meetings/" + meetingId).with(as(who)))
          .andExpect(content().string(containsString("Start the meeting")));
    }
    mvc.perform(get("/meetings/" + meetingId).with(as(member)))
        .andExpect(content().string(containsString("Closed: only for those who have a desire to stop")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Start the meeting"))));
  }

  @Test
  void meetingWithAnOpenSessionCannotBeDeleted() throws Exception {
    start(meetingId);
    mvc.perform(delete("/api/meetings/" + meetingId).with(as(secretary)).with(csrf()))
        .andExpect(status().isConflict());
  }
}
