package org.confidant.guard.text;

import java.text.Normalizer.Form;

/**
 * Turns a text into the form recognizers read, keeping a map back to the original.
 *
 * <p>Runs in time linear in the text's length and never throws on any input.
 */
public final class Normalizer {

  /** Normalizes {@code original}; see the class comment for the steps. */
  public NormalizedText normalize(String original) {
    NormalizedText.Builder b = new NormalizedText.Builder(original);
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isInvisible(cp)) {
        i = next;
        continue;
      }
      String piece = original.substring(i, next);
      String folded = java.text.Normalizer.normalize(piece, Form.NFKC);
      b.append(folded, i, next);
      i = next;
    }
    return b.build();
  }

  static boolean isInvisible(int cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
        || cp == 0x00AD;
  }
}
