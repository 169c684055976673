package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contact recognizers stay linear and never throw, on hostile 1 MB inputs: each input is
 * checked in well under a second of CPU time, and every span lies inside the text.
 */
class ContactRecognizersRobustnessTest {
  private static final int MB = 1 << 20;
  private static final List<Recognizer> RECOGNIZERS = List.of(
      new PhoneRecognizer(), new EmailRecognizer(), new HandleRecognizer());

  static Stream<String> hostileInputsOfOneMegabyte() {
    Random random = new Random(42);
    StringBuilder junk = new StringBuilder(MB);
    while (junk.length() < MB) {
      junk.append((char) random.nextInt(0x10000)); // lone surrogates included
    }
    StringBuilder digitsAndSeparators = new StringBuilder(MB);
    String alphabet = "0123456789 .-()/,+@$#:x";
    while (digitsAndSeparators.length() < MB) {
      digitsAndSeparators.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return Stream.of(
        repeat("call me at 555-0134 ", MB),
        repeat("5 ", MB),
        repeat("555-0134, ", MB),
        repeat("a", MB) + "@" + repeat("b", MB) + ".com",
        repeat("@", MB),
        repeat("jake.t@example.com ", MB),
        repeat("@jake_t ", MB),
        repeat("my insta is ", MB),
        repeat("ig: ", MB),
        repeat("facebook.com/jake.t ", MB),
        repeat("$a", MB),
        repeat("jake#1234 ", MB),
        repeat("the intergroup hotline is ", MB),
        digitsAndSeparators.toString(),
        junk.toString());
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource
  void hostileInputsOfOneMegabyte(String text) {
    Message message = Message.of(text, Channel.PUBLIC);
    NormalizedText normalized = new Normalizer().normalize(text);
    detect(message, normalized); // warm up
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    List<Finding> findings = detect(message, normalized);
    long millis = (bean.getCurrentThreadCpuTime() - t0) / 1_000_000;
    // CPU time of this thread for the three recognizers (the normalizer is tested on its own),
    // so that other work on a shared machine does not count.
    assertThat(millis).as("CPU milliseconds").isLessThan(1000);
    for (Finding f : findings) {
      assertThat(f.start()).isBetween(0, text.length());
      assertThat(f.end()).isBetween(f.start(), text.length());
    }
  }

  private static List<Finding> detect(Message message, NormalizedText normalized) {
    Analysis analysis = new Analysis(message, normalized);
    List<Finding> out = new ArrayList<>();
    for (Recognizer r : RECOGNIZERS) {
      r.recognize(analysis, out);
    }
    return out;
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.substring(0, length);
  }
}
