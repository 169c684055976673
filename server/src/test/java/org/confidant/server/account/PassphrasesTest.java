package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphrasesTest {

  private final Passphrases passphrases = new Passphrases();

  @ParameterizedTest(name = "[{0}] accepted={1}")
  @CsvSource(delimiter = '|', value = {
    "violet tugboat marmalade orbit|true",
    "Kettle-Lantern-Spruce-41|true",
    "lemon quartz 9 harbour|true",
    "qz8#Lp2v!w|true",
    "password|false",
    "12345678|false",
    "qwertyuiop|false",
    "iloveyou1|false",
    "aaaaaaaaaaaaaaaa|false",
    "short|false",
    "confidant1|false",
    "samrogers1|false",
    "''|false",
  })
  void passphraseMustBeLongAndHardToGuessButNeedNoSymbols(String passphrase, boolean accepted) {
    String problem = passphrases.problem(Passphrases.normalise(passphrase), List.of("Sam R.", "samrogers-4821"));
    assertThat(problem == null).as(String.valueOf(problem)).isEqualTo(accepted);
  }

  @Test
  void lengthCountsCodePointsFrom8To128() {
    String emoji = "\uD83C\uDF3B";
    String seven = "z7#Qk!p";
    assertThat(passphrases.problem(seven, List.of())).contains("at least 8");
    String long128 = "violet tugboat marmalade orbit ".repeat(4) + "ab#d";
    assertThat(long128.codePointCount(0, long128.length())).isEqualTo(128);
    assertThat(passphrases.problem(long128, List.of())).isNull();
    assertThat(passphrases.problem(long128 + "x", List.of())).contains("at most 128");
    String flowers = "rain " + emoji.repeat(40) + " quartz harbour";
    assertThat(flowers.length()).isGreaterThan(flowers.codePointCount(0, flowers.length()));
    assertThat(passphrases.problem(flowers, List.of())).isNull();
  }

  @Test
  void refusalExplainsInPlainWordsWithoutQuotingThePassphrase() {
    String problem = passphrases.problem("password123", List.of());
    assertThat(problem).startsWith("That passphrase would be too easy to guess").doesNotContain("password123");
  }

  @Test
  void hintRecommendsFifteenCharacters() {
    assertThat(Passphrases.HINT).contains("8").contains("15");
  }
}
