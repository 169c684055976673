package org.confidant.guard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CheckCommandTest {
  @TempDir
  Path dir;

  @Test
  void aPhoneInAMeetingMessageIsBlockedWithExitCode3AndTheDocumentedJson() {
    CliRun.Result r = CliRun.run("Call Dana at 555-0134 tonight.",
        "check", "--channel", "meeting", "--format", "json", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.BLOCK);
    assertThat(r.err()).isEmpty();
    JsonNode v = FindingView.JSON.readTree(r.out());
    assertThat(v.get("channel").asString()).isEqualTo("meeting");
    assertThat(v.get("action").asString()).isEqualTo("block");
    assertThat(v.get("redacted").asString()).isEqualTo("Call Dana at [phone] tonight.");
    assertThat(v.get("help").isArray()).isTrue();
    assertThat(v.get("help").size()).isZero();
    JsonNode f = v.get("findings").get(0);
    assertThat(v.get("findings").size()).isEqualTo(1);
    assertThat(f.get("rule").asString()).isEqualTo("personal-info");
    assertThat(f.get("kind").asString()).isEqualTo("phone");
    assertThat(f.get("label").asString()).isEqualTo("personal-info/phone");
    assertThat(f.get("start").asInt()).isEqualTo(13);
    assertThat(f.get("end").asInt()).isEqualTo(21);
    assertThat(f.get("text").asString()).isEqualTo("555-0134");
    assertThat(f.get("action").asString()).isEqualTo("block");
    assertThat(f.get("subject").asString()).isEqualTo("other");
    assertThat(f.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(f.get("explanation").asString()).doesNotContain("555");
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', value = {
      "See you all on Tuesday.                      | 0",
      "She sobbed through the whole meeting.        | 3",
      "I want to end it all tonight.                | 0",
      "I want to end it all, call me at 555-0134.   | 2"})
  void exitCodeIsTheVerdictsAction(String text, int code) {
    assertThat(CliRun.run(text, "check", "--channel", "group").code()).isEqualTo(code);
  }

  @Test
  void aCrisisShowsTheHelplinesInTextOutput() {
    CliRun.Result r = CliRun.run("I want to end it all.", "check", "--channel", "direct");
    assertThat(r.out()).contains("988").contains("1-800-662-HELP (4357)").contains("crisis");
  }

  @Test
  void textOutputGivesActionSpanAndExplanation() {
    CliRun.Result r = CliRun.run("Call Dana at 555-0134 tonight.", "check");
    assertThat(r.out()).contains("action: block")
        .contains("block  personal-info/phone at 13-21 \"555-0134\"")
        .contains("No sharing of personal information")
        .contains("Call Dana at [phone] tonight.");
  }

  @Test
  void readsTheTextFromAFile() throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "Fine text.\n");
    assertThat(CliRun.run("", "check", f.toString()).code()).isZero();
  }

  @Test
  void sharesMembersAndSponseesAreAccepted() {
    CliRun.Result r = CliRun.run("See you all on Tuesday.", "check", "--channel", "group",
        "--author", "Sam R.", "--members", "Mike B.,Sarah K.", "--sponsees", "Jake T.",
        "--share", "I almost drove to the liquor store on Friday.", "--format", "json");
    assertThat(r.code()).isZero();
  }

  @Test
  void aPolicyFileChangesTheAction() throws Exception {
    Path p = dir.resolve("policy.txt");
    Files.writeString(p, "*.personal-info = warn\n");
    CliRun.Result r = CliRun.run("Call 555-0134.", "check", "--policy", p.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.WARN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "check --channel lobby                  | 64 | unknown channel 'lobby'",
      "check --format xml                     | 64 | --format",
      "check --bogus                          | 64 | Unknown option",
      "check --out x.jsonl                    | 64 | --out is only used with --jsonl",
      "check --jsonl in.jsonl --channel group | 64 | cannot be combined with --jsonl",
      "check no-such-file.txt                 | 74 | no such file",
      "eval                                   | 64 | CORPUS",
      "''                                     | 64 | a command is required"})
  void userErrorsGiveAReasonAndAnExitCodeWithoutAStackTrace(String args, int code,
      String reason) {
    String[] argv = args.isEmpty() ? new String[0] : args.split(" +");
    CliRun.Result r = CliRun.run("", argv);
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.err()).contains(reason).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aBadPolicyFileIsBadDataNamingTheLine() throws Exception {
    Path p = dir.resolve("policy.txt");
    Files.writeString(p, "# comment\n*.crisis = block\n");
    CliRun.Result r = CliRun.run("fine", "check", "--policy", p.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("line 2");
  }

  @Test
  void invalidUtf8IsBadDataAndNotEchoed() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    byte[] junk = {'h', 'i', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x', 'q', 'z', 'j'};
    ConfidantCli cli = new ConfidantCli(CliRun.testGuard(), new ByteArrayInputStream(junk));
    int code = ConfidantCli.commandLine(cli, new PrintWriter(out), new PrintWriter(err))
        .execute("check");
    assertThat(code).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("not valid UTF-8").doesNotContain("xqzj");
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun.Result r = CliRun.run("", "check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("3   block")
        .contains("65   bad input data");
    assertThat(List.of(CliRun.run("", "--help").out())).allMatch(s -> s.contains("eval"));
    assertThat(StandardCharsets.UTF_8).isNotNull();
  }
}
