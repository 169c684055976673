package org.confidant.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.recognizer.Registry;
import org.junit.jupiter.api.Test;

/** The guard's own guarantees, independent of any built-in recognizer. */
class GuardTest {

  /** Flags every occurrence of a word, as a stand-in recognizer of a given rule. */
  private record WordRecognizer(String word, Rule rule, Kind kind, Subject subject)
      implements Recognizer {
    @Override
    public String id() {
      return "test/" + word;
    }

    @Override
    public void recognize(Analysis analysis, List<Finding> out) {
      String lower = analysis.normalized().lower();
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        out.add(analysis.finding(rule, kind, at, at + word.length(), 0.9, subject,
            "explained", id()));
      }
    }
  }

  private static Guard guard(Recognizer... recognizers) {
    return Guard.of(Registry.of(recognizers), Policy.defaults());
  }

  @Test
  void blockedSpansAreRedactedAndTheTextIsBlocked() {
    Guard g = guard(new WordRecognizer("5550134", Rule.PERSONAL_INFO, Kind.PHONE, Subject.OTHER));
    Verdict v = g.check(Message.of("her number is 5550134 ok", Channel.GROUP));
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.redactedText()).isEqualTo("her number is [phone] ok");
    assertThat(v.help()).isEmpty();
  }

  @Test
  void crisisIsNeverBlockedAndAlwaysShowsHelp() {
    Guard g = guard(
        new WordRecognizer("5550134", Rule.PERSONAL_INFO, Kind.PHONE, Subject.OTHER),
        new WordRecognizer("end it", Rule.CRISIS, null, Subject.AUTHOR));
    Verdict v = g.check(Message.of("I want to end it, call 5550134", Channel.PUBLIC));
    assertThat(v.action()).isEqualTo(Action.REDACT);
    assertThat(v.redactedText()).isEqualTo("I want to end it, call [phone]");
    assertThat(v.help()).isEqualTo(HelpResource.DEFAULTS);
    assertThat(v.help()).extracting(HelpResource::contact)
        .anyMatch(c -> c.contains("988"))
        .anyMatch(c -> c.contains("1-800-662-HELP (4357)"));
  }

  @Test
  void theWritersOwnDetailIsWarnedNotBlockedInAMeeting() {
    Guard g = guard(new WordRecognizer("5550134", Rule.PERSONAL_INFO, Kind.PHONE, Subject.AUTHOR));
    Verdict v = g.check(Message.of("text me at 5550134", Channel.MEETING));
    assertThat(v.action()).isEqualTo(Action.WARN);
    assertThat(v.redactedText()).isEqualTo("text me at 5550134");
  }

  @Test
  void findingsComeInTextOrderWithSpansInTheOriginalText() {
    Guard g = guard(new WordRecognizer("zed", Rule.COERCION, null, Subject.OTHER),
        new WordRecognizer("amy", Rule.INDIVIDUAL_CASE, null, Subject.OTHER));
    String text = "zed\u200B and amy and zed";
    List<Finding> f = g.detect(Message.of(text, Channel.DIRECT));
    assertThat(f).extracting(Finding::start).containsExactly(0, 9, 17);
    // An invisible character folded away by the normaliser stays inside the span it touches.
    assertThat(f).allSatisfy(x -> assertThat(text.substring(x.start(), x.end()).replace("\u200B", ""))
        .isIn("zed", "amy"));
  }

  @Test
  void aCleanTextIsAllowedUnchanged() {
    Verdict v = guard().check(Message.of("See you Sunday!", Channel.PUBLIC));
    assertThat(v.action()).isEqualTo(Action.ALLOW);
    assertThat(v.decisions()).isEmpty();
    assertThat(v.redactedText()).isEqualTo("See you Sunday!");
  }
}
