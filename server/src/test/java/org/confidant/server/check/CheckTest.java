package org.confidant.server.check;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.confidant.server.ServerTest;
import org.confidant.server.account.AccountPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

class CheckTest extends ServerTest {

  /** Puts both members in one new group, so each is the other's group mate. */
  private void sameGroup(AccountPrincipal a, AccountPrincipal b) {
    UUID group = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("insert into fellowship_group (id, name, retention_days, created_at) values (?, 'Check group', 30, ?)")
        .params(group, now).update();
    for (AccountPrincipal m : new AccountPrincipal[] {a, b}) {
      jdbc.sql("insert into membership (group_id, account_id, role, joined_at) values (?, ?, 'MEMBER', ?)")
          .params(group, m.id(), now).update();
    }
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // text | channel | overall action
      "Grateful to be sober another day, the steps are working for me. | group | allow",
      "You can reach Dana at 555-0134 if you want to talk to her. | group | block",
      "My number is 555-0134 if anyone needs a ride. | meeting | warn",
      "Dana relapsed last week and is back in the hospital. | group | block",
  })
  void apiChecksWithTheMembersGroupContext(String text, String channel, String action) throws Exception {
    AccountPrincipal me = newMember("Rob T.");
    sameGroup(me, newMember("Dana"));
    mvc.perform(post("/api/check").with(as(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"" + text + "\",\"channel\":\"" + channel + "\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(jsonPath("$.action").value(action));
  }

  @Test
  void apiGivesSpansTheFlaggedWordsAndTheRedactedText() throws Exception {
    AccountPrincipal me = newMember("Rob T.");
    String text = "Text Dana on 555-0134 tonight.";
    mvc.perform(post("/api/check").with(as(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"" + text + "\",\"channel\":\"public\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings[*].rule").value(hasItem("personal-info")))
        .andExpect(jsonPath("$.findings[?(@.kind == 'phone')].text").value(hasItem("555-0134")))
        .andExpect(jsonPath("$.findings[?(@.kind == 'phone')].start").value(hasItem(13)))
        .andExpect(jsonPath("$.redactedText").value(not(containsString("555-0134"))));
  }

  @Test
  void crisisShowsHelpInsteadOfBlocking() throws Exception {
    AccountPrincipal me = newMember("Rob T.");
    mvc.perform(post("/api/check").with(as(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"I want to kill myself tonight, I can't do this anymore.\",\"channel\":\"public\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value(not("block")))
        .andExpect(jsonPath("$.help[*].contact").value(hasItem(containsString("988"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"text\":\"hello\",\"channel\":\"twitter\"} | unknown-channel",
      "{\"text\":\"\",\"channel\":\"group\"} | invalid-input",
      "{\"channel\":\"group\"} | invalid-input",
      "not json | unreadable-request",
  })
  void badRequestsGetAClearProblem(String body, String code) throws Exception {
    mvc.perform(post("/api/check").with(as(newMember("Rob T."))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(code));
  }

  @Test
  void pageShowsFindingsAndKeepsWhatWasTyped() throws Exception {
    AccountPrincipal me = newMember("Rob T.");
    mvc.perform(post("/check").with(as(me)).with(csrf())
            .param("text", "Call Dana at 555-0134.").param("channel", "public"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Call Dana at 555-0134.</textarea>")))
        .andExpect(content().string(containsString("No sharing of personal information")))
        .andExpect(content().string(containsString("[phone]")));
  }

  @Test
  void pageRefusesAnEmptyTextWithoutLosingTheChoice() throws Exception {
    mvc.perform(post("/check").with(as(newMember("Rob T."))).with(csrf()).param("text", " ").param("channel", "sponsor"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Paste or type the text you want to check.")))
        .andExpect(content().string(containsString("value=\"sponsor\" checked")));
  }

  @Test
  void htmxGetsOnlyTheResult() throws Exception {
    mvc.perform(post("/check").with(as(newMember("Rob T."))).with(csrf()).header("HX-Request", "true")
            .param("text", "Grateful for today.").param("channel", "group"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"result\"")))
        .andExpect(content().string(not(containsString("<textarea"))));
  }

  @Test
  void pageNamesEveryChannelAndTheLimits() throws Exception {
    mvc.perform(get("/check").with(as(newMember("Rob T."))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Social media, a public forum")))
        .andExpect(content().string(containsString("best-effort")))
        .andExpect(content().string(containsString("never stored")));
  }
}
