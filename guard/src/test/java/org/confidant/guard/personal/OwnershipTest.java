package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.confidant.guard.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnershipTest {

  /** The detail is the text after the last "|"; the rest is what comes before it. */
  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = ';', value = {
      "my number is |555-0134; AUTHOR",
      "call me at |555-0134; AUTHOR",
      "text me |555-0134; AUTHOR",
      "Here's my number: |555-0134; AUTHOR",
      "I'm on insta as |jtorres_sober; AUTHOR",
      "mi número es |555-0134; AUTHOR",
      "llámame al |555-0134; AUTHOR",
      "His cell is |555-0178; OTHER",
      "give me her number: |555-0178; OTHER",
      "my sponsor's number is |555-0115; OTHER",
      "forwarding my sponsee's contact: |tasha@example.com; OTHER",
      "mi padrino: |555-0115; OTHER",
      "Sponsorship tip: Mine is Rosa V., |555-0115; OTHER",
      "call me anytime after work, |555-0134; AUTHOR",
      "my cell, best after 6: |555-0134; AUTHOR",
      "Updated phone list: Beth A. |555-0121; OTHER",
      "my number is 555-0134. Ask Jen, |555-0199; OTHER",
      "|555-0134; OTHER",
      "the hotline is |555-0100; OTHER",
  })
  void readsTheWordsBeforeTheDetail(String text, Subject expected) {
    String lower = text.replace("|", "").toLowerCase(Locale.ROOT);
    assertThat(Ownership.of(lower, text.indexOf('|'))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = ';', value = {
      "555-0134 is my cell; AUTHOR",
      "555-0134 (mine); AUTHOR",
      "555-0134 es mi celular; AUTHOR",
      "555-0134 is my sponsor's; OTHER",
      "555-0134 is Jen's; OTHER",
  })
  void readsAShortStretchAfterTheDetailToo(String text, Subject expected) {
    String lower = text.toLowerCase(Locale.ROOT);
    assertThat(Ownership.of(lower, 0, 8)).isEqualTo(expected);
  }
}
