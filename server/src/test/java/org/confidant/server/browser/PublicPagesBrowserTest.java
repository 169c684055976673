package org.confidant.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.confidant.server.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void landingPageLoadsWithoutPolicyViolationsAndLeadsToHelp() {
    Browsers.requireChromium();
    try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
      Page page = browser.newPage();
      List<String> problems = new ArrayList<>();
      page.onConsoleMessage(m -> {
        if (m.type().equals("error")) {
          problems.add(m.text());
        }
      });
      page.onPageError(problems::add);
      page.navigate("http://localhost:" + port + "/");
      assertThat(page.locator("h1").textContent()).contains("stays here");
      page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("landing.png")).setFullPage(true));
      page.getByText("Need help now?").click();
      assertThat(page.locator("h1").textContent()).contains("Help");
      assertThat(page.content()).contains("988");
      page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("help.png")).setFullPage(true));
      assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }
  }
}
