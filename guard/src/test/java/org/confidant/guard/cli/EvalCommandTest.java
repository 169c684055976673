package org.confidant.guard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EvalCommandTest {
  /**
   * With the test guard (phone "555-0134", individual-case "sobbed"):
   * c1 phone expected and found (true positive);
   * c2 clean but "555-0134" reported (false alarm, false phone);
   * c3 phone expected in words, not found (miss);
   * c4 individual-case expected and found; a second quote of the same rule missed;
   * c5 clean and nothing reported.
   * phone: reported 2, true 1, expected 2, found 1 -> P 0.5, R 0.5.
   * individual-case: reported 1, true 1, expected 2, found 1 -> P 1, R 0.5.
   * micro: reported 3, true 2, expected 4, found 2 -> P 0.667, R 0.5,
   * F1 = 2PR/(P+R) = 0.571, F2 = 5PR/(4P+R) = 0.526. False alarms 1 of 2 clean examples.
   */
  private static final String CORPUS = String.join("\n",
      "{\"id\":\"c1\",\"channel\":\"group\",\"text\":\"Dana: 555-0134\",\"expect\":"
          + "[{\"rule\":\"personal-info\",\"kind\":\"phone\",\"quote\":\"555-0134\"}]}",
      "{\"id\":\"c2\",\"channel\":\"group\",\"text\":\"helpline 555-0134\",\"expect\":[]}",
      "{\"id\":\"c3\",\"channel\":\"group\",\"text\":\"five five five oh one three four\","
          + "\"expect\":[{\"rule\":\"personal-info\",\"kind\":\"phone\",\"quote\":\"five five\"}]}",
      "{\"id\":\"c4\",\"channel\":\"group\",\"text\":\"Mike sobbed; Mike is drinking again\","
          + "\"expect\":[{\"rule\":\"individual-case\",\"quote\":\"sobbed\"},"
          + "{\"rule\":\"individual-case\",\"quote\":\"is drinking again\"}]}",
      "{\"id\":\"c5\",\"channel\":\"group\",\"text\":\"See you Tuesday\",\"expect\":[]}",
      "");

  @Test
  void scoresATinyCorpusAsComputedByHand() {
    CliRun.Result r = CliRun.run(CORPUS, "eval", "-");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo(
        "micro P=0.67 R=0.50 F1=0.57 F2=0.53 false-alarms=50.0% (1/2) examples=5");
    assertThat(r.out()).containsPattern("personal-info/phone +0\\.500 +0\\.500 +0\\.500 +0\\.500 +2 +2")
        .containsPattern("individual-case +1\\.000 +0\\.500 +0\\.667 +0\\.556 +2 +1")
        .containsPattern("personal-info/email +- +- +- +- +0 +0")
        .doesNotContain("MISS");
  }

  @Test
  void jsonHasTheSameFigures() {
    CliRun.Result r = CliRun.run(CORPUS, "eval", "--json", "-");
    assertThat(r.code()).isZero();
    JsonNode o = FindingView.JSON.readTree(r.out());
    assertThat(o.get("examples").asInt()).isEqualTo(5);
    JsonNode micro = o.get("micro");
    assertThat(micro.get("precision").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(micro.get("recall").asDouble()).isCloseTo(0.5, within(1e-9));
    assertThat(micro.get("f1").asDouble()).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(micro.get("f2").asDouble()).isCloseTo(10.0 / 19, within(1e-9));
    assertThat(o.get("kinds").get("phone").get("reported").asInt()).isEqualTo(2);
    assertThat(o.get("kinds").get("email").get("precision").isNull()).isTrue();
    assertThat(o.get("rules").get("individual-case").get("found").asInt()).isEqualTo(1);
    assertThat(o.get("falseAlarms").get("count").asInt()).isEqualTo(1);
    assertThat(o.get("falseAlarms").get("cleanExamples").asInt()).isEqualTo(2);
    assertThat(o.has("misses")).isFalse();
  }

  @Test
  void missesListsMissedAndFalseFindingsPerExample() {
    CliRun.Result r = CliRun.run(CORPUS, "eval", "--misses", "-");
    assertThat(r.out())
        .containsPattern("MISS +c3 personal-info/phone +\"five five\"")
        .containsPattern("MISS +c4 individual-case +\"is drinking again\"")
        .containsPattern("FALSE c2 personal-info/phone +\"555-0134\" \\(test/555-0134\\)")
        .doesNotContain("c1 ").doesNotContain("c5 ");
    JsonNode j = FindingView.JSON.readTree(
        CliRun.run(CORPUS, "eval", "--json", "--misses", "-").out());
    assertThat(j.get("misses").size()).isEqualTo(3);
    assertThat(j.get("misses").get(0).get("id").asString()).isEqualTo("c2");
    assertThat(j.get("misses").get(0).get("false").get(0).get("start").asInt()).isEqualTo(9);
  }

  @Test
  void aMalformedCorpusLineIsBadDataWithItsNumber() {
    CliRun.Result r = CliRun.run("{\"id\":\"a\",\"channel\":\"group\",\"text\":\"t\",\"expect\":[]}\n"
        + "{\"id\":\"b\",\"channel\":\"group\",\"text\":\"secret 555-0134\"}\n", "eval", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("line 2").contains("expect").doesNotContain("555-0134").doesNotContain("secret");
  }

  @Test
  void aJsonArrayIsReadAsPresidioFormat() {
    CliRun.Result r = CliRun.run("  [{\"full_text\": \"x\", \"spans\": []}]", "eval", "-");
    if (classExists(CorpusFiles.PRESIDIO_READER)) {
      assertThat(r.code()).isZero();
    } else {
      assertThat(r.code()).isEqualTo(ExitCodes.DATA);
      assertThat(r.err()).contains("Presidio");
    }
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
