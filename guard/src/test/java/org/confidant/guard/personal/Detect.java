package org.confidant.guard.personal;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;

/** Runs one recognizer on a text, for table tests. */
final class Detect {
  private Detect() {}

  /** The findings of {@code recognizer} on {@code text} sent to a group board. */
  static List<Finding> findings(Recognizer recognizer, String text) {
    Message message = Message.of(text, Channel.GROUP);
    NormalizedText normalized = new Normalizer().normalize(text);
    List<Finding> out = new ArrayList<>();
    recognizer.recognize(new Analysis(message, normalized), out);
    return out;
  }

  /** The flagged stretches of {@code text}, joined by " | " (empty when nothing is flagged). */
  static String flagged(Recognizer recognizer, String text) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings(recognizer, text)) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(text, f.start(), f.end());
    }
    return sb.toString();
  }
}
