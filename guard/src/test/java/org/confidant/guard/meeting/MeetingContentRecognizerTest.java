package org.confidant.guard.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingContentRecognizerTest {
  private static final String SHARE =
      "I've been taking my wife's Percocet for two months and nobody at home knows.";

  private static List<Finding> findings(String channel, String text) {
    Message m = Message.builder(text, Channel.parse(channel))
        .shares(FingerprintIndex.of(List.of(SHARE))).build();
    List<Finding> out = new ArrayList<>();
    new MeetingContentRecognizer().recognize(new Analysis(m, new Normalizer().normalize(text)),
        out);
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      direct  | That guy has been taking his wife's Percocet for two months, nobody at home knows. | taking his wife's Percocet
      public  | Someone at my meeting is taking his wife’s percocet and nobody at home knows!!   | percocet
      group   | FYI he's been taking his wife's Percocet for 2 months. Nobody knows at home.     | taking his wife's Percocet
      sponsor | Dos meses tomando el Percocet de su esposa y nadie en casa sabe. No, in English: taking his wife's Percocet, nobody at home knows | taking his wife's Percocet
      meeting | You've been taking your wife's Percocet for two months and nobody at home knows? | -
      direct  | My wife had knee surgery and the doctor gave her Percocet, it scares me a bit.  | -
      group   | Two months sober today, nobody thought I'd make it!                             | -
      """)
  void flagsCopiesOfAShareOutsideTheMeetingOnly(String channel, String text, String quote) {
    List<Finding> found = findings(channel, text);
    if (quote.equals("-")) {
      assertThat(found).isEmpty();
      return;
    }
    int at = text.indexOf(quote);
    assertThat(at).isGreaterThanOrEqualTo(0);
    assertThat(found).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(Rule.MEETING_CONTENT);
      assertThat(f.start()).isLessThan(at + quote.length());
      assertThat(f.end()).isGreaterThan(at);
      assertThat(f.end()).isLessThanOrEqualTo(text.length());
    });
  }

  @Test
  void explanationCitesTheRuleAndQuotesNothing() {
    List<Finding> found = findings("public", "he's been taking his wife's Percocet for two months");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).recognizer()).isEqualTo("meeting-content");
    assertThat(found.get(0).explanation()).contains(Rule.MEETING_CONTENT.principle())
        .doesNotContainIgnoringCase("percocet").doesNotContainIgnoringCase("wife");
  }

  @Test
  void passesWritersWithoutShares() {
    String text = "he's been taking his wife's Percocet for two months";
    List<Finding> out = new ArrayList<>();
    new MeetingContentRecognizer().recognize(new Analysis(Message.of(text, Channel.PUBLIC),
        new Normalizer().normalize(text)), out);
    assertThat(out).isEmpty();
  }
}
