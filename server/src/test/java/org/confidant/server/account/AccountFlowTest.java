package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.confidant.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-up, sign-in, throttling and recovery, through the pages and the API. */
class AccountFlowTest extends ServerTest {

  static final String PASS = "violet tugboat marmalade orbit";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  /** A request from a client address of its own, so throttling counters of other tests do not interfere. */
  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  static String freshAddress() {
    int n = ADDRESSES.getAndIncrement();
    return "10.9." + (n / 250) + "." + (n % 250 + 1);
  }

  /** A member signed up through the API: their sign-in name, codes and signed-in session. */
  record Signed(String signInName, List<String> codes, MockHttpSession session, String id) {}

  Signed signUp(String displayName) throws Exception {
    MockHttpSession session = new MockHttpSession();
    MvcResult r = mvc.perform(post("/api/accounts").session(session).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"" + displayName + "\",\"passphrase\":\"" + PASS + "\"}"))
        .andExpect(status().isCreated())
        .andReturn();
    String json = r.getResponse().getContentAsString();
    return new Signed(JsonPath.read(json, "$.signInName"), JsonPath.read(json, "$.recoveryCodes"), session,
        JsonPath.read(json, "$.member.id"));
  }

  MockHttpSession apiSignIn(String signInName, String passphrase, int expectedStatus) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/api/session").session(session).with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"" + signInName + "\",\"passphrase\":\"" + passphrase + "\"}"))
        .andExpect(status().is(expectedStatus));
    return session;
  }

  @Test
  void signUpPageThenFormSignInReachesGroups() throws Exception {
    MvcResult done = mvc.perform(post("/signup").with(csrf())
            .param("displayName", "María J.").param("passphrase", PASS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Write these down")))
        .andExpect(authenticated())
        .andReturn();
    String signInName = (String) done.getModelAndView().getModel().get("signInName");
    assertThat(signInName).matches("maria-j-[1-9][0-9]{3}");
    @SuppressWarnings("unchecked")
    List<String> codes = (List<String>) done.getModelAndView().getModel().get("codes");
    assertThat(codes).hasSize(10);
    assertThat(done.getResponse().getContentAsString()).contains(signInName).contains(codes.get(9));

    mvc.perform(post("/signin").with(csrf()).with(from(freshAddress()))
            .param("signInName", signInName.toUpperCase()).param("passphrase", PASS))
        .andExpect(redirectedUrl("/groups"))
        .andExpect(authenticated().withAuthentication(a ->
            assertThat(a.getPrincipal()).isInstanceOf(AccountPrincipal.class)));
    assertThat(jdbc.sql("select count(*) from recovery_code rc join account a on a.id = rc.account_id "
        + "where a.sign_in_name = ?").param(signInName).query(Integer.class).single()).isEqualTo(10);
    assertThat(jdbc.sql("select passphrase_hash from account where sign_in_name = ?").param(signInName)
        .query(String.class).single()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("violet");
    assertThat(jdbc.sql("select code_hash from recovery_code rc join account a on a.id = rc.account_id "
        + "where a.sign_in_name = ?").param(signInName).query(String.class).list())
        .contains(RecoveryCodes.hash(codes.get(0))).doesNotContain(codes.get(0));
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void failedAndThrottledSignInsLogNothingAboutTheMember(CapturedOutput output) throws Exception {
    String address = "10.77.66.55";
    for (int i = 0; i <= Throttle.FREE_FAILURES_PER_NAME; i++) {
      mvc.perform(post("/api/session").with(csrf()).with(from(address)).contentType(MediaType.APPLICATION_JSON)
          .content("{\"signInName\":\"quiet-q-7777\",\"passphrase\":\"secret guess " + i + "\"}"));
      mvc.perform(post("/signin").with(csrf()).with(from(address))
          .param("signInName", "quiet-q-7777").param("passphrase", "secret guess " + i));
    }
    assertThat(output.getAll()).doesNotContain("quiet-q-7777").doesNotContain("secret guess")
        .doesNotContain(address);
  }

  @Test
  void signUpApiThenApiSignInAndOut() throws Exception {
    Signed sam = signUp("Sam R.");
    assertThat(sam.signInName()).startsWith("sam-r-");
    mvc.perform(get("/api/session").session(sam.session()))
        .andExpect(jsonPath("$.member.displayName").value("Sam R."))
        .andExpect(jsonPath("$.csrfHeader").value("X-CSRF-TOKEN"))
        .andExpect(jsonPath("$.csrfToken").isNotEmpty());

    MockHttpSession session = apiSignIn(sam.signInName(), PASS, 200);
    String idBefore = session.getId();
    mvc.perform(get("/api/account").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signInName").value(sam.signInName()));
    mvc.perform(delete("/api/session").session(session).with(csrf())).andExpect(status().isNoContent());
    mvc.perform(get("/api/session").session(session))
        .andExpect(jsonPath("$.member").doesNotExist());
    assertThat(idBefore).isNotNull();
  }

  @Test
  void apiSignInChangesTheSessionId() throws Exception {
    Signed sam = signUp("Sam");
    MockHttpSession session = new MockHttpSession();
    String before = session.getId();
    mvc.perform(post("/api/session").session(session).with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"" + sam.signInName() + "\",\"passphrase\":\"" + PASS + "\"}"))
        .andExpect(status().isOk());
    assertThat(session.getId()).isNotEqualTo(before);
  }

  @Test
  void signUpNeverFailsBecauseADisplayNameIsTaken() throws Exception {
    Signed a = signUp("Alex");
    Signed b = signUp("Alex");
    assertThat(a.signInName()).isNotEqualTo(b.signInName()).startsWith("alex-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "displayName=Sam Rogers|display-name-refused|full last name",
    "passphrase=password123|passphrase-refused|too easy to guess",
    "passphrase=short|passphrase-refused|at least 8",
  })
  void refusedSignUpSaysWhyAndKeepsWhatWasTyped(String change, String code, String reason) throws Exception {
    String displayName = change.startsWith("displayName=") ? change.substring(12) : "Robin";
    String passphrase = change.startsWith("passphrase=") ? change.substring(11) : PASS;
    mvc.perform(post("/signup").with(csrf()).param("displayName", displayName).param("passphrase", passphrase))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(reason)))
        .andExpect(content().string(containsString("value=\"" + displayName + "\"")))
        .andExpect(unauthenticated());
    mvc.perform(post("/api/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"" + displayName + "\",\"passphrase\":\"" + passphrase + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").value(containsString(reason)));
  }

  @Test
  void wrongPassphraseAndUnknownNameAnswerAlike() throws Exception {
    Signed sam = signUp("Sam");
    String[] bodies = new String[2];
    String[][] attempts = {{sam.signInName(), "wrong passphrase here"}, {"nobody-r-1234", PASS}};
    for (int i = 0; i < 2; i++) {
      MvcResult r = mvc.perform(post("/api/session").with(csrf()).with(from(freshAddress()))
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"signInName\":\"" + attempts[i][0] + "\",\"passphrase\":\"" + attempts[i][1] + "\"}"))
          .andExpect(status().isUnauthorized())
          .andReturn();
      bodies[i] = r.getResponse().getContentAsString();
      mvc.perform(post("/signin").with(csrf()).with(from(freshAddress()))
              .param("signInName", attempts[i][0]).param("passphrase", attempts[i][1]))
          .andExpect(redirectedUrl("/signin?error"))
          .andExpect(unauthenticated());
    }
    assertThat(bodies[0]).isEqualTo(bodies[1]).contains(AccountService.SIGN_IN_REFUSED);
    mvc.perform(get("/signin").param("error", ""))
        .andExpect(content().string(containsString("do not match")));
  }

  @Test
  void refusedFormSignInKeepsTheTypedNameButNotThePassphrase() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/signin").session(session).with(csrf()).with(from(freshAddress()))
            .param("signInName", "typo-r-1234").param("passphrase", "my secret words"))
        .andExpect(redirectedUrl("/signin?error"));
    mvc.perform(get("/signin").param("error", "").session(session))
        .andExpect(content().string(containsString("value=\"typo-r-1234\"")))
        .andExpect(content().string(not(containsString("my secret words"))));
    mvc.perform(get("/signin").session(session))
        .andExpect(content().string(not(containsString("typo-r-1234"))));
  }

  @Test
  void throttlingKicksInAfterRepeatedFailuresEvenForTheRightPassphrase() throws Exception {
    Signed sam = signUp("Sam");
    String address = freshAddress();
    for (int i = 0; i < Throttle.FREE_FAILURES_PER_NAME; i++) {
      mvc.perform(post("/api/session").with(csrf()).with(from(address)).contentType(MediaType.APPLICATION_JSON)
              .content("{\"signInName\":\"" + sam.signInName() + "\",\"passphrase\":\"guess number " + i + "\"}"))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(post("/api/session").with(csrf()).with(from(freshAddress())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"" + sam.signInName() + "\",\"passphrase\":\"" + PASS + "\"}"))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.detail").value(AccountService.SIGN_IN_REFUSED));
    mvc.perform(post("/signin").with(csrf()).with(from(freshAddress()))
            .param("signInName", sam.signInName()).param("passphrase", PASS))
        .andExpect(redirectedUrl("/signin?error"));
    // Unknown names are throttled the same way, so a lock reveals nothing.
    for (int i = 0; i <= Throttle.FREE_FAILURES_PER_NAME; i++) {
      apiSignIn("ghost-x-9999", "guess number " + i, i < Throttle.FREE_FAILURES_PER_NAME ? 401 : 429);
    }
  }

  @Test
  void recoveryCodeWorksOnceAndEndsOtherSessions() throws Exception {
    Signed sam = signUp("Sam");
    String newPass = "copper lantern drifting north";
    String code = sam.codes().get(3).toLowerCase().replace("-", " ");
    String body = "{\"signInName\":\"" + sam.signInName() + "\",\"code\":\"" + code + "\",\"newPassphrase\":\""
        + newPass + "\"}";
    mvc.perform(post("/api/recover").with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/account").session(sam.session())).andExpect(status().isUnauthorized());
    apiSignIn(sam.signInName(), PASS, 401);
    apiSignIn(sam.signInName(), newPass, 200);

    String again = body.replace(newPass, "another copper lantern east");
    mvc.perform(post("/api/recover").with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content(again))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("recovery-failed"));
    String unknown = again.replace(sam.signInName(), "nobody-q-1111");
    mvc.perform(post("/api/recover").with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content(unknown))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("recovery-failed"));
    mvc.perform(post("/recover").with(csrf()).with(from(freshAddress()))
            .param("signInName", sam.signInName()).param("code", sam.codes().get(4))
            .param("newPassphrase", "third copper lantern west"))
        .andExpect(redirectedUrl("/signin?recovered"));
    assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ?")
        .param(java.util.UUID.fromString(sam.id())).query(Integer.class).single()).isEqualTo(8);
  }

  @Test
  void refusedRecoveryKeepsWhatWasTyped() throws Exception {
    mvc.perform(post("/recover").with(csrf()).with(from(freshAddress()))
            .param("signInName", "nobody-z-2222").param("code", "ABCD-EFGH-JKLM-NPQR")
            .param("newPassphrase", "copper lantern drifting south"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"nobody-z-2222\"")))
        .andExpect(content().string(containsString("value=\"ABCD-EFGH-JKLM-NPQR\"")))
        .andExpect(content().string(not(containsString("nobody-z-2222 "))));
  }

  @Test
  void apiClientsGetTheCsrfTokenTheyMustSend() throws Exception {
    MockHttpSession session = new MockHttpSession();
    MvcResult r = mvc.perform(get("/api/session").session(session)).andExpect(status().isOk())
        .andExpect(jsonPath("$.member").doesNotExist()).andReturn();
    String token = JsonPath.read(r.getResponse().getContentAsString(), "$.csrfToken");
    mvc.perform(post("/api/session").session(session).contentType(MediaType.APPLICATION_JSON)
            .content("{\"signInName\":\"x\",\"passphrase\":\"y\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/session").session(session).header("X-CSRF-TOKEN", token).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"signInName\":\"x\",\"passphrase\":\"y\"}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void passphraseChangeNeedsTheCurrentOneAndKeepsThisSession() throws Exception {
    Signed sam = signUp("Sam");
    mvc.perform(put("/api/account/passphrase").session(sam.session()).with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassphrase\":\"not it at all\",\"newPassphrase\":\"copper lantern drifting north\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/account/passphrase").session(sam.session()).with(csrf()).with(from(freshAddress()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassphrase\":\"" + PASS + "\",\"newPassphrase\":\"copper lantern drifting north\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/account").session(sam.session())).andExpect(status().isOk());
    apiSignIn(sam.signInName(), "copper lantern drifting north", 200);
  }
}
