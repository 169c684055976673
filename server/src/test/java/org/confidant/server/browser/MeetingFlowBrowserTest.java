package org.confidant.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.confidant.server.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two members in two browsers go through a whole meeting: sign-up, group, invite, meeting, waiting
 * room, shares delivered live, a blocked share with someone else's phone number, crisis help, close.
 *
 * <p>Screenshots of each main page go to {@code server/target/screenshots/}. Every text is fictional.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingFlowBrowserTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static final LocatorAssertions.ContainsTextOptions LIVE =
      new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private void signUp(Page page, String displayName, String passphrase) {
    page.navigate(url("/signup"));
    page.getByLabel(Pattern.compile("^Display name")).fill(displayName);
    page.getByLabel(Pattern.compile("^Passphrase")).fill(passphrase);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
    assertThat(page.locator("h1")).containsText("Welcome");
  }

  @Test
  void twoMembersHoldAMeetingWhoseSharesVanishAtClose() {
    Browsers.requireChromium();
    try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
      BrowserContext samContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915));
      BrowserContext danaContext = browser.newContext();
      Page sam = samContext.newPage();
      Page dana = danaContext.newPage();
      List<String> problems = new ArrayList<>();
      for (Page p : List.of(sam, dana)) {
        p.onPageError(e -> problems.add(p.url() + ": " + e));
        p.onConsoleMessage(m -> {
          if (m.type().equals("error")) {
            problems.add(p.url() + ": " + m.text() + " @" + m.location());
          }
        });
      }

      // Sam signs up (on a phone-sized screen), starts a group and makes an invite link.
      sam.navigate(url("/signup"));
      shot(sam, "signup");
      signUp(sam, "Sam", "copper lantern drifts over quiet harbor");
      shot(sam, "signup-done");
      sam.getByText("I have written them down").click();
      sam.getByLabel(Pattern.compile("^Group name")).fill("Thursday Serenity");
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the group")).click();
      assertThat(sam.locator("h1")).containsText("Thursday Serenity");
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an invite link")).click();
      String invite = sam.locator("#invite-url").inputValue();
      assertThat(invite).contains("/invite/");

      // Dana signs up and follows the link.
      signUp(dana, "Dana", "marble orchard whispers at sunrise");
      dana.navigate(invite.replaceFirst("^https?://[^/]+", url("")));
      shot(dana, "invite");
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the group")).click();
      assertThat(dana.locator("h1")).containsText("Thursday Serenity");

      // Sam schedules a meeting and starts it.
      sam.reload();
      shot(sam, "group");
      sam.getByText("Schedule a meeting").click();
      sam.getByLabel(Pattern.compile("^Title")).fill("Big Book study");
      sam.getByLabel(Pattern.compile("^Start time")).fill("19:30");
      sam.getByLabel(Pattern.compile("^Time zone")).fill("America/Chicago");
      sam.locator("input[name=format][value=CLOSED]").check();
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the meeting")).click();
      assertThat(sam.locator("h1")).containsText("Big Book study");
      shot(sam, "meeting");
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
      assertThat(sam.locator("h1")).containsText("Big Book study");
      String roomPath = sam.url().replaceFirst("^https?://[^/]+", "");
      assertThat(roomPath).matches("/sessions/[0-9a-f-]{36}");
      UUID sessionId = UUID.fromString(roomPath.substring("/sessions/".length()));

      // Dana asks to join and waits; Sam lets her in from the waiting room.
      dana.navigate(url("/groups"));
      dana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thursday Serenity")).click();
      dana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Big Book study")).first().click();
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the meeting")).click();
      assertThat(dana.locator("h1")).containsText("Waiting room");
      shot(dana, "waiting");
      sam.navigate(url(roomPath + "/lobby"));
      shot(sam, "lobby");
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Let Dana in")).click();
      dana.waitForURL(url(roomPath), new Page.WaitForURLOptions().setTimeout(15_000));
      sam.navigate(url(roomPath));

      // A share reaches the other browser live.
      sam.getByLabel(Pattern.compile("^Your share")).fill("Grateful to be here tonight, the readings helped me.");
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
      assertThat(dana.locator("#shares")).containsText("the readings helped me", LIVE);
      dana.getByLabel(Pattern.compile("^Your share")).fill("Thank you Sam, I needed that today.");
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
      assertThat(sam.locator("#shares")).containsText("I needed that today", LIVE);

      // Someone else's phone number is blocked and the text goes back to its author.
      String leak = "If you want to talk to Sam just call him at 555-0134 after work.";
      Locator danaBox = dana.getByLabel(Pattern.compile("^Your share"));
      danaBox.fill(leak);
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
      assertThat(dana.locator("#guard-result")).containsText("Not shared", LIVE);
      assertThat(dana.getByLabel(Pattern.compile("^Your share"))).hasValue(leak);
      shot(dana, "room-blocked");

      // A crisis shows help at once and quietly tells the chair.
      dana.getByLabel(Pattern.compile("^Your share")).fill("Honestly I want to end my life, I can't keep going.");
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
      assertThat(dana.locator(".help-box")).containsText("988", LIVE);
      assertThat(sam.locator("#notices")).containsText("may need support", LIVE);
      shot(dana, "room-crisis");
      shot(sam, "room-chair");
      assertThat(sam.locator("#shares")).not().containsText("555-0134");

      // Sam closes the meeting: Dana's room says so, and nothing of the shares is left.
      sam.onDialog(d -> d.accept());
      sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the meeting")).first().click();
      assertThat(dana.locator("#live-content")).containsText("closed", LIVE);
      shot(dana, "room-closed");
      Integer left = jdbc.sql("select count(*) from share where session_id = ?").param(sessionId)
          .query(Integer.class).single();
      assertThat(left).as("share rows after close").isZero();
      assertThat(problems).as("console errors and policy violations in the pages").isEmpty();
      assertThat(dana.navigate(url(roomPath)).status()).as("the closed room").isEqualTo(404);
      assertThat(dana.locator("body")).not().containsText("the readings helped me");
      problems.clear(); // the browser reports the expected 404 above

      // Check before you post.
      dana.navigate(url("/check"));
      dana.getByLabel(Pattern.compile("^Your text")).fill("Sam told us at Thursday's meeting that he relapsed, call him at 555-0134.");
      dana.locator("#channel-public").check();
      dana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
      assertThat(dana.locator("#result")).containsText("personal information", LIVE);
      shot(dana, "check");

      assertThat(problems).as("console errors and policy violations in the pages").isEmpty();
    }
  }
}
