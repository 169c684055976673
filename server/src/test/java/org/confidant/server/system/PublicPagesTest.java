package org.confidant.server.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.confidant.server.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicPagesTest extends ServerTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/help"})
  void publicPagesShowHelpAndDisclaimerUnderStrictPolicy(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("988")))
        .andExpect(content().string(containsString("1-800-662-4357")))
        .andExpect(content().string(containsString("best-effort")))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }

  @Test
  void landingExplainsTheFourRulesAndTheExceptions() throws Exception {
    mvc.perform(get("/"))
        .andExpect(content().string(containsString("What happens in meetings stays in meetings")))
        .andExpect(content().string(containsString("No sharing of personal information")))
        .andExpect(content().string(containsString("No discussion of individual cases")))
        .andExpect(content().string(containsString("No social media")))
        .andExpect(content().string(containsString("Pressure is not consent")));
  }

  @Test
  void privatePagesSendStrangersToSignIn() throws Exception {
    mvc.perform(get("/groups")).andExpect(status().is3xxRedirection());
  }

  @Test
  void apiAnswersStrangersWithProblemJson() throws Exception {
    mvc.perform(get("/api/groups"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("sign-in-required"));
  }

  @Test
  void helpResourcesAreOfferedAsJson() throws Exception {
    mvc.perform(get("/api/help"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].contact").value(containsString("988")));
  }
}
