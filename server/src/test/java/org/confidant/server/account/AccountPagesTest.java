package org.confidant.server.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.confidant.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account pages render for the right people, with labelled inputs and no contact fields. */
class AccountPagesTest extends ServerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/signup|Display name|15 or more",
    "/signin|Sign-in name|Use a recovery code",
    "/recover|Recovery code|15 or more",
    "/privacy|Never kept|IP address",
  })
  void publicAccountPagesRenderWithoutContactFields(String path, String label, String text) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(label)))
        .andExpect(content().string(containsString(text)))
        .andExpect(content().string(not(containsString("type=\"email\""))))
        .andExpect(content().string(not(containsString("type=\"tel\""))))
        .andExpect(content().string(not(containsString("style="))));
  }

  @Test
  void accountPageShowsNamesAndTheThreeActions() throws Exception {
    AccountPrincipal kim = newMember("Kim");
    mvc.perform(get("/account").with(as(kim)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kim")))
        .andExpect(content().string(containsString("test-" + kim.id())))
        .andExpect(content().string(containsString("Change your passphrase")))
        .andExpect(content().string(containsString("Sign out everywhere")))
        .andExpect(content().string(containsString("Type your passphrase to confirm")));
  }

  @Test
  void accountApiIsDescribedInOpenApi() throws Exception {
    mvc.perform(get("/api/openapi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/accounts")))
        .andExpect(content().string(containsString("/api/session")))
        .andExpect(content().string(containsString("/api/account/passphrase")));
  }

  @Test
  void accountPageNeedsSignIn() throws Exception {
    mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/account")).andExpect(status().isUnauthorized());
  }
}
