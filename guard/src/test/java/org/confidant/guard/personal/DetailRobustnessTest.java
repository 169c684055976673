package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The address, id-number and birth-date scanners never throw and stay linear on hostile text. */
class DetailRobustnessTest {
  private static final Recognizer[] RECOGNIZERS = {
      new AddressRecognizer(), new IdNumberRecognizer(), new BirthDateRecognizer()};

  static List<String> hostileTexts() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add(" ");
    texts.add("\uD800");
    texts.add("\uDC00 12 \uD800 Elm St \uDFFF");
    texts.add("1".repeat(1 << 18));
    texts.add("1 ".repeat(1 << 17));
    texts.add("1-".repeat(1 << 17));
    texts.add("12 Elm St, ".repeat(1 << 14));
    texts.add("calle ".repeat(1 << 15));
    texts.add("corner of ".repeat(1 << 15));
    texts.add("born 3/4/1990 ".repeat(1 << 14));
    texts.add("birthday ".repeat(1 << 15));
    texts.add("case CR-".repeat(1 << 15));
    texts.add("DE89 ".repeat(1 << 16));
    texts.add("4111 ".repeat(1 << 16));
    texts.add("I live at 1 2 3 4 5 6 7 8 9 ".repeat(1 << 13));
    texts.add("P.O. Box ".repeat(1 << 15));
    texts.add("number ".repeat(1 << 15));
    Random random = new Random(42);
    StringBuilder junk = new StringBuilder();
    String alphabet = "0123456789 -./,#:'abcStreetAptBoxCR\n\u00BA\uD83D\uDE00";
    for (int i = 0; i < 1 << 18; i++) {
      junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    texts.add(junk.toString());
    return texts;
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void neverThrowsAndStaysFastOnHostileText(String text) {
    Analysis analysis = new Analysis(Message.of(text, Channel.PUBLIC),
        new Normalizer().normalize(text));
    List<Finding> found = new ArrayList<>();
    long start = System.nanoTime();
    for (Recognizer r : RECOGNIZERS) {
      r.recognize(analysis, found);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    for (Finding f : found) {
      assertThat(f.start()).isBetween(0, text.length());
      assertThat(f.end()).isBetween(f.start(), text.length());
    }
    // Tens of milliseconds for these 256K inputs on an idle machine; the bound is loose for
    // loaded build machines and a cold JIT, and still catches any quadratic scan (which would
    // take minutes here).
    assertThat(millis).as("milliseconds for %d chars", text.length()).isLessThan(10_000);
  }
}
