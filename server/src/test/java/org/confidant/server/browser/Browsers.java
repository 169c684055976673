package org.confidant.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright for the browser tests, never downloading a browser.
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped with a message saying how to install
 * it, unless {@code CONFIDANT_REQUIRE_BROWSER=1} (set by {@code .ci/run}), where they fail instead.
 */
final class Browsers {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browsers() {}

  /** Skips (or, on CI, fails) the calling test when Chromium is not installed. */
  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && "1".equals(System.getenv("CONFIDANT_REQUIRE_BROWSER"))) {
      throw new AssertionError("CONFIDANT_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing (apt-get install -y chromium)");
    }
    Assumptions.assumeTrue(present,
        "browser tests skipped: /usr/bin/chromium is missing (install it with: apt-get install -y chromium)");
  }

  static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser chromium(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
  }
}
