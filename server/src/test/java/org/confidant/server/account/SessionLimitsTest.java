package org.confidant.server.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import org.confidant.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Absolute time-out and the session epoch: sessions end when they must, and only then. */
class SessionLimitsTest extends ServerTest {

  @Autowired Clock clock;
  @Autowired SessionSupport sessions;

  private MockHttpSession signIn(String signInName) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/api/session").session(session).with(csrf()).with(AccountFlowTest.from(AccountFlowTest.freshAddress()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"" + signInName + "\",\"passphrase\":\"" + AccountFlowTest.PASS + "\"}"))
        .andExpect(status().isOk());
    return session;
  }

  private String signUp() throws Exception {
    var r = mvc.perform(post("/api/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"Kim\",\"passphrase\":\"" + AccountFlowTest.PASS + "\"}"))
        .andExpect(status().isCreated()).andReturn();
    return com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.signInName");
  }

  @Test
  void signOutEverywhereEndsEverySessionOfTheAccountOnly() throws Exception {
    String kim = signUp();
    MockHttpSession phone = signIn(kim);
    MockHttpSession laptop = signIn(kim);
    String other = signUp();
    MockHttpSession stranger = signIn(other);
    mvc.perform(get("/api/account").session(laptop)).andExpect(status().isOk());

    mvc.perform(post("/api/account/signout-everywhere").session(phone).with(csrf())).andExpect(status().isNoContent());

    mvc.perform(get("/api/account").session(laptop)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/account").session(phone)).andExpect(status().isUnauthorized());
    mvc.perform(get("/account").session(signIn(kim))).andExpect(status().isOk());
    mvc.perform(get("/api/account").session(stranger)).andExpect(status().isOk());
  }

  @Test
  void passphraseChangeEndsOtherSessionsButNotThisOne() throws Exception {
    String kim = signUp();
    MockHttpSession here = signIn(kim);
    MockHttpSession elsewhere = signIn(kim);
    mvc.perform(post("/account/passphrase").session(here).with(csrf())
            .with(AccountFlowTest.from(AccountFlowTest.freshAddress()))
            .param("currentPassphrase", AccountFlowTest.PASS).param("newPassphrase", "copper lantern drifting north"))
        .andExpect(redirectedUrl("/account?changed"));
    mvc.perform(get("/account").session(here)).andExpect(status().isOk());
    mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/signin"));
  }

  @ParameterizedTest(name = "signed in {0} ago: still signed in = {1}")
  @CsvSource({
    "PT1M, true",
    "PT11H59M, true",
    "PT12H, false",
    "PT30H, false",
  })
  void absoluteTimeoutEndsTheSessionHoweverActive(Duration age, boolean stillIn) throws Exception {
    AccountPrincipal member = newMember("Lee");
    RequestPostProcessor signedIn = authentication(
        sessions.authenticated(member, new SignedIn(clock.instant().minus(age))));
    mvc.perform(get("/api/session").with(signedIn).session(new MockHttpSession()))
        .andExpect(stillIn ? jsonPath("$.member.id").value(member.id().toString())
            : jsonPath("$.member").doesNotExist());
    mvc.perform(get("/api/account").with(signedIn))
        .andExpect(stillIn ? status().isOk() : status().isUnauthorized());
  }

  @Test
  void staleEpochEndsASessionAndDeletedAccountsToo() throws Exception {
    AccountPrincipal member = newMember("Ash");
    mvc.perform(get("/api/account").with(as(member))).andExpect(status().isOk());
    jdbc.sql("update account set session_epoch = session_epoch + 1 where id = ?").param(member.id()).update();
    mvc.perform(get("/api/account").with(as(member))).andExpect(status().isUnauthorized());
    mvc.perform(get("/account").with(as(member))).andExpect(status().is3xxRedirection());
    AccountPrincipal gone = newMember("Ira");
    jdbc.sql("delete from account where id = ?").param(gone.id()).update();
    mvc.perform(get("/api/account").with(as(gone))).andExpect(status().isUnauthorized());
  }
}
