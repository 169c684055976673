package org.confidant.guard.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds email addresses read out in Spanish with "en" for the at sign, which the normalizer
 * leaves alone because "en" is also "in": "carlos.ferreira en example punto com". The domain
 * must be spoken with "punto" and end in a common top-level domain, which keeps ordinary
 * sentences out. One pass over the tokens, each "en" looking ahead a bounded number of tokens.
 */
final class SpokenSpanishEmails {
  private static final int MAX_LABELS = 5;
  private static final Set<String> TLDS = Cues.words(
      "com", "org", "net", "edu", "gov", "es", "mx", "ar", "co", "cl", "pe", "us", "info");
  private static final Set<String> MAIL_CUES = Cues.words(
      "correo", "email", "e-mail", "mail", "emilio", "gmail", "escríbeme", "escribeme");

  private SpokenSpanishEmails() {}

  /** The {start, end} spans of such addresses in {@code lower}, in order. */
  static List<int[]> find(String lower) {
    List<int[]> out = new ArrayList<>();
    if (!lower.contains(" punto ")) {
      return out;
    }
    List<int[]> tokens = Tokens.split(lower);
    for (int k = 1; k + 3 < tokens.size(); k++) {
      if (!word(lower, tokens.get(k)).equals("en")) {
        continue;
      }
      String local = word(lower, tokens.get(k - 1));
      if (!isLocal(local) || !(marked(local) || mailCueBefore(lower, tokens, k - 1))) {
        continue;
      }
      int j = k + 1;
      int labels = 0;
      int last = -1;
      while (j < tokens.size() && labels <= MAX_LABELS && isLabel(word(lower, tokens.get(j)))) {
        labels++;
        last = j;
        if (j + 2 < tokens.size() && word(lower, tokens.get(j + 1)).equals("punto")) {
          j += 2;
        } else {
          break;
        }
      }
      if (labels >= 2 && TLDS.contains(word(lower, tokens.get(last)))) {
        out.add(new int[] {tokens.get(k - 1)[0], tokens.get(last)[1]});
        k = last;
      }
    }
    return out;
  }

  private static String word(String lower, int[] t) {
    return t[1] - t[0] > 64 ? "" : lower.substring(t[0], t[1]);
  }

  private static boolean isLocal(String w) {
    if (w.length() < 2 || w.charAt(0) == '.' || w.charAt(w.length() - 1) == '.') {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+')) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static boolean marked(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.' || c == '_' || Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mailCueBefore(String lower, List<int[]> tokens, int k) {
    for (int j = Math.max(0, k - 4); j < k; j++) {
      if (MAIL_CUES.contains(word(lower, tokens.get(j)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLabel(String w) {
    if (w.isEmpty() || w.length() > 63 || w.equals("punto")) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
