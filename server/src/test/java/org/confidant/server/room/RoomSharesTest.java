package org.confidant.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MvcResult;

class RoomSharesTest extends RoomTestBase {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another member's phone is blocked          | You can reach Maria at 555-0142 if you want to talk to her. | 422 | BLOCKED
      the author's own phone gets a warning      | Call me at 555-0187 any time after the meeting.              | 200 | WARNING
      an ordinary share is posted                | Today I made my bed and called my sponsor before coffee.     | 201 | POSTED
      """)
  void everyShareGoesThroughTheGuard(String name, String text, int status, String outcome) throws Exception {
    Scene s = scene();
    share(s, s.attendee(), text, false)
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.outcome").value(outcome))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    long stored = jdbc.sql("select count(*) from share where session_id = ?").param(s.sessionId()).query(Long.class).single();
    assertThat(stored).isEqualTo(outcome.equals("POSTED") ? 1 : 0);
  }

  @Test
  void blockedShareComesBackToTheAuthorWithTheGuardsExplanation() throws Exception {
    Scene s = scene();
    String text = "You can reach Maria at 555-0142 if you want to talk to her.";
    share(s, s.attendee(), text, false)
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.text").value(text))
        .andExpect(jsonPath("$.findings[0].rule").value("personal-info/phone"))
        .andExpect(jsonPath("$.findings[0].explanation").value(containsString("someone else's phone number")));
    mvc.perform(post("/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())).with(csrf())
            .header("HX-Request", "true").param("text", text))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Not shared.")))
        .andExpect(content().string(containsString("555-0142 if you want to talk to her.</textarea>")))
        .andExpect(content().string(containsString("role=\"alert\"")));
  }

  @Test
  void ownPhoneIsPostedOnceTheAuthorConfirms() throws Exception {
    Scene s = scene();
    String text = "Call me at 555-0187 any time after the meeting.";
    mvc.perform(post("/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())).with(csrf())
            .header("HX-Request", "true").param("text", text))
        .andExpect(content().string(containsString("Share anyway")))
        .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")))
        .andExpect(content().string(containsString("your own phone number")));
    share(s, s.attendee(), text, true).andExpect(status().isCreated()).andExpect(jsonPath("$.seq").value(1));
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(s.chair())))
        .andExpect(jsonPath("$[0].text").value(text))
        .andExpect(jsonPath("$[0].author").value("Sam R."));
  }

  @Test
  void crisisIsPostedShowsHelpAtOnceAndQuietlyTellsTheChair() throws Exception {
    Scene s = scene();
    MvcResult chairStream = mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.chair())))
        .andExpect(request().asyncStarted()).andReturn();
    MvcResult attendeeStream = mvc.perform(get("/api/sessions/{id}/stream", s.sessionId()).with(as(s.attendee())))
        .andExpect(request().asyncStarted()).andReturn();
    String text = "I have been thinking about ending my life this week.";
    mvc.perform(post("/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())).with(csrf())
            .header("HX-Request", "true").param("text", text))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("988")))
        .andExpect(content().string(containsString("help-box")));
    String chairSees = chairStream.getResponse().getContentAsString();
    assertThat(chairSees).contains("event:notice").contains("An attendee may need support: Sam R.");
    String notices = chairSees.lines().filter(l -> l.contains("support")).findFirst().orElseThrow();
    assertThat(notices).doesNotContain("ending my life");
    assertThat(attendeeStream.getResponse().getContentAsString()).doesNotContain("event:notice").contains("event:share");
    assertThat(jdbc.sql("select count(*) from share where session_id = ?").param(s.sessionId()).query(Long.class).single())
        .isEqualTo(1);
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.chair())))
        .andExpect(content().string(containsString("An attendee may need support: Sam R.")));
    mvc.perform(get("/sessions/{id}", s.sessionId()).with(as(s.attendee())))
        .andExpect(content().string(not(containsString("may need support"))));
  }

  @Test
  void crisisIsNeverBlockedWhatWouldBeBlockedGoesOutRedacted() throws Exception {
    Scene s = scene();
    share(s, s.attendee(), "I want to end my life tonight. Maria's number is 555-0142 if anyone wants to warn her.", false)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.outcome").value("POSTED"))
        .andExpect(jsonPath("$.help[0].contact").value(containsString("988")));
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(s.chair())))
        .andExpect(jsonPath("$[0].text").value("I want to end my life tonight. Maria's number is [phone] if anyone wants to warn her."));
  }

  @Test
  void withoutScriptTheFormStillKeepsABlockedTextAndAPostedShareRedirects() throws Exception {
    Scene s = scene();
    String blocked = "You can reach Maria at 555-0142 if you want to talk to her.";
    mvc.perform(post("/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())).with(csrf()).param("text", blocked))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tuesday Night Big Book")))
        .andExpect(content().string(containsString("Not shared.")))
        .andExpect(content().string(containsString(blocked + "</textarea>")));
    mvc.perform(post("/sessions/{id}/shares", s.sessionId()).with(as(s.attendee())).with(csrf())
            .param("text", "Grateful to be sober today."))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void postingFasterThanTheLimitIsRefusedWith429() throws Exception {
    Scene s = scene();
    for (int i = 1; i <= 6; i++) {
      share(s, s.attendee(), "Gratitude item number " + i + " for today.", false).andExpect(status().isCreated());
    }
    share(s, s.attendee(), "One more gratitude item.", false)
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.code").value("share-rate-limit"));
    share(s, s.chair(), "The chair is not limited by someone else's posts.", false).andExpect(status().isCreated());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      0,    share-empty
      4001, share-too-long
      """)
  void emptyAndOverlongSharesAreRefused(int length, String code) throws Exception {
    Scene s = scene();
    share(s, s.attendee(), "a".repeat(length), false)
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(code));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(textBlock = """
      outsider,  404
      member,    403
      waiting,   403
      removed,   403
      attendee,  200
      chair,     200
      """)
  void onlyMembersInTheRoomCanReadOrStream(String who, int expected) throws Exception {
    Scene s = scene();
    share(s, s.chair(), "Welcome, everyone, to the Tuesday night meeting.", false).andExpect(status().isCreated());
    var member = switch (who) {
      case "outsider" -> s.outsider();
      case "member" -> s.member();
      case "waiting" -> s.waiting();
      case "removed" -> s.removed();
      case "attendee" -> s.attendee();
      default -> s.chair();
    };
    mvc.perform(get("/api/sessions/{id}/shares", s.sessionId()).with(as(member)))
        .andExpect(status().is(expected))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    var stream = mvc.perform(get("/sessions/{id}/stream", s.sessionId()).with(as(member)));
    if (expected == 200) {
      stream.andExpect(request().asyncStarted());
    } else {
      stream.andExpect(status().is(expected));
    }
    share(s, member, "Trying to post a share.", false).andExpect(status().is(expected == 200 ? 201 : expected));
  }

  @Test
  void unknownSessionIsNotFound() throws Exception {
    Scene s = scene();
    mvc.perform(get("/api/sessions/{id}/shares", UUID.randomUUID()).with(as(s.attendee()))).andExpect(status().isNotFound());
  }
}
