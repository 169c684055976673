package org.confidant.guard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JsonlCheckTest {
  @TempDir
  Path dir;

  private static final String EMOJI_LINE = "{\"id\":\"e1\",\"channel\":\"group\","
      + "\"text\":\"\\uD83D\\uDE4F\\uD83C\\uDFFD thanks! call 555-0134 \\uD83D\\uDE00\","
      + "\"expect\":[{\"rule\":\"personal-info\",\"kind\":\"phone\",\"quote\":\"555-0134\"}],"
      + "\"note\":\"ignored\"}";

  @Test
  void offsetsAreCodePointsEvenAfterAnEmoji() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, EMOJI_LINE + "\n\n{\"id\":\"e2\",\"channel\":\"meeting\","
        + "\"author\":\"Sam R.\",\"members\":[\"Mike B.\"],\"sponsees\":[],"
        + "\"shares\":[\"one two three four five\"],\"text\":\"See you Tuesday.\"}\n",
        StandardCharsets.UTF_8);
    CliRun.Result r = CliRun.run("", "check", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = FindingView.JSON.readTree(lines.get(0));
    assertThat(first.get("id").asString()).isEqualTo("e1");
    assertThat(first.get("action").asString()).isEqualTo("block");
    JsonNode f = first.get("findings").get(0);
    // Text: U+1F64F U+1F3FD (two code points, four UTF-16 units), then " thanks! call ".
    String text = "\uD83D\uDE4F\uD83C\uDFFD thanks! call 555-0134 \uD83D\uDE00";
    int start = f.get("start").asInt();
    int end = f.get("end").asInt();
    assertThat(start).isEqualTo(16);
    assertThat(end).isEqualTo(24);
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, start, end - start)).isEqualTo("555-0134");
    assertThat(f.get("text").asString()).isEqualTo("555-0134");
    assertThat(f.get("rule").asString()).isEqualTo("personal-info");
    assertThat(f.get("kind").asString()).isEqualTo("phone");
    assertThat(f.has("score")).isTrue();
    assertThat(f.has("explanation")).isTrue();
    JsonNode second = FindingView.JSON.readTree(lines.get(1));
    assertThat(second.get("id").asString()).isEqualTo("e2");
    assertThat(second.get("action").asString()).isEqualTo("allow");
    assertThat(second.get("findings").size()).isZero();
  }

  @Test
  void kindIsPresentAndNullOutsidePersonalInfo() {
    CliRun.Result r = CliRun.run("{\"id\":\"x\",\"channel\":\"public\",\"text\":\"he sobbed\"}\n",
        "check", "--jsonl", "-");
    assertThat(r.code()).isZero();
    JsonNode f = FindingView.JSON.readTree(r.out()).get("findings").get(0);
    assertThat(f.get("rule").asString()).isEqualTo("individual-case");
    assertThat(f.has("kind")).isTrue();
    assertThat(f.get("kind").isNull()).isTrue();
    assertThat(f.get("start").asInt()).isEqualTo(3);
  }

  @Test
  void aBadLineFailsWithItsNumberAndLeavesNoOutputFile() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, EMOJI_LINE + "\n{\"id\":\"e2\",\"channel\":\"lobby\","
        + "\"text\":\"secret 555-0134\"}\n", StandardCharsets.UTF_8);
    CliRun.Result r = CliRun.run("", "check", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("line 2").contains("channel").doesNotContain("555-0134").doesNotContain("secret");
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(in);
    }
  }

  @Test
  void aBadLineLeavesAnExistingOutputFileUntouched() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous\n");
    Files.writeString(in, EMOJI_LINE + "\n{not json 555-0134\n", StandardCharsets.UTF_8);
    CliRun.Result r = CliRun.run("", "check", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("line 2").doesNotContain("555-0134").doesNotContain("secret");
    assertThat(Files.readString(out)).isEqualTo("previous\n");
  }

  @Test
  void aMissingFieldIsNamed() {
    CliRun.Result r = CliRun.run("{\"id\":\"x\",\"channel\":\"public\"}\n",
        "check", "--jsonl", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("line 1").contains("'text'");
  }

  @Test
  void aLoneSurrogateFromAJsonEscapeDoesNotBreakTheOutputFile() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "{\"id\":\"s\",\"channel\":\"group\","
        + "\"text\":\"\\ud800 \\ud83d\\ude00 call 555-0134\"}\n", StandardCharsets.UTF_8);
    CliRun.Result r = CliRun.run("", "check", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    JsonNode f = FindingView.JSON.readTree(Files.readString(out)).get("findings").get(0);
    assertThat(f.get("start").asInt()).isEqualTo(9);
    assertThat(f.get("end").asInt()).isEqualTo(17);
  }

  @Test
  void aGuardFailureNamesTheLineAndTheFrameButNotTheText() {
    org.confidant.guard.Guard failing = org.confidant.guard.Guard.of(
        org.confidant.guard.recognizer.Registry.of(new CliRun.FailingRecognizer()),
        org.confidant.guard.policy.Policy.defaults());
    CliRun.Result r = CliRun.run(failing, "{\"id\":\"a\",\"channel\":\"group\",\"text\":\"ok\"}\n"
        + "{\"id\":\"b\",\"channel\":\"group\",\"text\":\"secret boom\"}\n",
        "check", "--jsonl", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(r.err()).contains("line 2").contains("IllegalStateException")
        .contains("CliRun").doesNotContain("secret");
    CliRun.Result single = CliRun.run(failing, "secret boom", "check");
    assertThat(single.code()).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(single.err()).contains("IllegalStateException").doesNotContain("secret");
    CliRun.Result eval = CliRun.run(failing,
        "{\"id\":\"b\",\"channel\":\"group\",\"text\":\"secret boom\",\"expect\":[]}\n",
        "eval", "-");
    assertThat(eval.code()).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(eval.err()).contains("example b").doesNotContain("secret");
  }
}
