package org.confidant.guard.personal;

import org.confidant.guard.Subject;

/**
 * Decides whether a detail belongs to the writer, from the words just before it.
 *
 * <p>Looks back at most {@link #WINDOW} characters from the detail, within the same sentence,
 * for first-person cues in English and Spanish ("my number is", "call me at", "text me",
 * "I live at", "mi número es", "llámame al"). Anything else is {@link Subject#OTHER}: when the
 * owner is unclear the stricter reading wins. Linear in the window.
 */
public final class Ownership {
  static final int WINDOW = 48;

  private static final String[] CUES = {
      "my ", "me at", "me on", "me ", "i'm at", "i am at", "i live", "i moved", "mine",
      "reach me", "i'm ", "mi ", "me al", "llámame", "llamame", "escríbeme", "escribeme",
      "mándame", "mandame", "vivo en", "mío", "mio"};

  private static final String[] OTHER_CUES = {
      "his ", "her ", "their ", "he's", "she's", "him ", "him at", "her at", "them at",
      "su ", "sus "};

  private Ownership() {}

  /**
   * Whose detail starts at {@code start} of {@code lowerText} (a lower-cased text).
   *
   * @return {@link Subject#AUTHOR} when a first-person cue is nearer than any third-person cue
   */
  public static Subject of(String lowerText, int start) {
    int from = Math.max(0, start - WINDOW);
    for (int i = start - 1; i >= from; i--) {
      char c = lowerText.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        from = i + 1;
        break;
      }
    }
    String before = " " + lowerText.substring(from, start);
    int mine = lastCue(before, CUES);
    int theirs = lastCue(before, OTHER_CUES);
    return mine > theirs ? Subject.AUTHOR : Subject.OTHER;
  }

  private static int lastCue(String before, String[] cues) {
    int best = -1;
    for (String cue : cues) {
      int at = before.lastIndexOf(cue);
      // A cue must start a word.
      while (at > 0 && Character.isLetter(before.charAt(at - 1))) {
        at = before.lastIndexOf(cue, at - 1);
      }
      best = Math.max(best, at);
    }
    return best;
  }
}
