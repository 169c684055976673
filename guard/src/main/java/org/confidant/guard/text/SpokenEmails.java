package org.confidant.guard.text;

import java.util.Locale;

/**
 * Fourth normalisation pass: joins e-mail addresses spelled out with words into their usual form.
 *
 * <p>Recognises LOCAL AT DOMAIN DOT TLD, where AT is "at", "arroba", "(at)", "[at]", "{at}",
 * "&lt;at&gt;" or a spaced or plain "@"; DOT is "dot", "punto", a bracketed form of either or "."
 * (spaced on both sides or on neither); LOCAL may itself be words joined by DOT ("jen dot q dot
 * sober"); the domain may have several labels and must end in a known top-level domain (a short
 * list of generic ones, or any two letters). "jake at example dot com" becomes
 * "jake@example.com"; the "@" stands for the whole " at " stretch and each "." for its " dot "
 * stretch, so the address maps back to the whole original. A text is only changed when something
 * was spelled out. Rejected: no top-level domain ("meet at the church dot matrix", "I'll be at
 * home"); a web address ("at www dot ...", "at instagram.com/jake", a social site's name); and a
 * plain "at" after words such as "me", "us", "look" or "visit" ("find us at example dot com" is
 * a web site, not an address).
 *
 * <p>Linear time: each candidate "at" looks at most a bounded window either side. Never throws.
 */
final class SpokenEmails {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_LABELS = 6;
  private static final int MAX_LOCAL_DOTS = 3;

  private SpokenEmails() {}

  /** The text with spelled addresses joined, or {@code null} when there is none. */
  static NormalizedText join(String s) {
    int n = s.length();
    NormalizedText.Builder b = null;
    int emitted = 0;
    int i = 0;
    int[] marker = new int[3];
    while (i < n) {
      if (!atMarker(s, i, marker)) {
        i++;
        continue;
      }
      int ms = marker[0];
      int me = marker[1];
      boolean spelled = marker[2] != 0;
      int[] spelledDot = new int[1];
      int localStart = localStart(s, ms, spelled, emitted);
      int domainEnd = localStart < 0 ? -1 : domainEnd(s, me, !spelled, marker[2] == 2, spelledDot);
      if (domainEnd < 0 || (!spelled && spelledDot[0] == 0 && me - ms == 1
          && isTight(s, ms, me) && !hasSpelledDot(s, localStart, ms))) {
        i = me > i ? me : i + 1;
        continue;
      }
      if (b == null) {
        b = new NormalizedText.Builder(s);
      }
      b.appendOriginal(emitted, localStart);
      copyWithDots(s, b, localStart, localEnd(s, ms));
      b.append('@', localEnd(s, ms), domainStart(s, me));
      copyWithDots(s, b, domainStart(s, me), domainEnd);
      emitted = domainEnd;
      i = domainEnd;
    }
    if (b == null) {
      return null;
    }
    b.appendOriginal(emitted, n);
    return b.build();
  }

  /** Whether the local part {@code [from, to)} has a spelled dot ("jen dot q", "jen(dot)q"). */
  private static boolean hasSpelledDot(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isLocalChar(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** '@' written tight between local part and domain ("jake@example"). */
  private static boolean isTight(String s, int ms, int me) {
    return ms > 0 && me < s.length() && !Character.isWhitespace(s.charAt(ms - 1))
        && !Character.isWhitespace(s.charAt(me));
  }

  /**
   * Whether an AT marker starts at {@code i}; sets {@code out} to its [start, end) and 0 for "@",
   * 1 for a bracketed word, 2 for a bare word.
   */
  private static boolean atMarker(String s, int i, int[] out) {
    char c = s.charAt(i);
    if (c != '@' && c != 'a' && c != 'A' && c != '(' && c != '[' && c != '{' && c != '<') {
      return false;
    }
    if (c == '@') {
      out[0] = i;
      out[1] = i + 1;
      out[2] = 0;
      return true;
    }
    int end = bracketedWord(s, i, "at", "arroba");
    if (end > 0) {
      out[0] = i;
      out[1] = end;
      out[2] = 1;
      return true;
    }
    end = bareWord(s, i, "at", "arroba");
    if (end > 0 && i > 0 && Character.isWhitespace(s.charAt(i - 1)) && end < s.length()
        && Character.isWhitespace(s.charAt(end))) {
      out[0] = i;
      out[1] = end;
      out[2] = 2;
      return true;
    }
    return false;
  }

  /** End of "(word)" / "[word]" / "{word}" / "<word>" at {@code i} (inner spaces allowed), or -1. */
  private static int bracketedWord(String s, int i, String w1, String w2) {
    char open = s.charAt(i);
    char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : 0;
    if (close == 0) {
      return -1;
    }
    int j = skipSpaces(s, i + 1, 1);
    int w = bareWord(s, j, w1, w2);
    if (w < 0) {
      return -1;
    }
    j = skipSpaces(s, w, 1);
    return j < s.length() && s.charAt(j) == close ? j + 1 : -1;
  }

  /** End of the whole word {@code w1} or {@code w2} (any case) at {@code i}, or -1. */
  private static int bareWord(String s, int i, String w1, String w2) {
    if (i >= s.length() || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
      return -1;
    }
    int e = wholeWordAt(s, i, w1);
    return e > 0 ? e : wholeWordAt(s, i, w2);
  }

  private static int wholeWordAt(String s, int i, String w) {
    int e = i + w.length();
    if (e <= s.length() && s.regionMatches(true, i, w, 0, w.length())
        && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
      return e;
    }
    return -1;
  }

  private static int skipSpaces(String s, int i, int max) {
    int j = i;
    while (j < s.length() && j - i < max && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  /** End of the local part: the marker start less the spaces before it. */
  private static int localEnd(String s, int ms) {
    int j = ms;
    while (j > 0 && ms - j < 3 && Character.isWhitespace(s.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static int domainStart(String s, int me) {
    int j = me;
    while (j < s.length() && j - me < 3 && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * Start of the local part before the marker at {@code ms} (extended over "x dot y" chains), or
   * -1 when there is none or it is not acceptable.
   */
  private static int localStart(String s, int ms, boolean spelled, int floor) {
    int end = localEnd(s, ms);
    if (end == ms && spelled && s.charAt(ms) != '(' && s.charAt(ms) != '['
        && s.charAt(ms) != '{' && s.charAt(ms) != '<') {
      return -1;
    }
    int start = wordStart(s, end, floor);
    if (start < 0) {
      return -1;
    }
    boolean dotted = false;
    for (int k = 0; k < MAX_LOCAL_DOTS; k++) {
      int dotEnd = skipBack(s, start, floor);
      int dotStart = dotWordBefore(s, dotEnd, floor);
      if (dotStart < 0 || (dotEnd == start && !isClose(s.charAt(dotEnd - 1)))) {
        break;
      }
      int wordEnd = skipBack(s, dotStart, floor);
      if (wordEnd == dotStart && s.charAt(dotStart) != '(' && s.charAt(dotStart) != '['
          && s.charAt(dotStart) != '{' && s.charAt(dotStart) != '<') {
        break;
      }
      int ws = wordStart(s, wordEnd, floor);
      if (ws < 0 || end - ws > MAX_LOCAL * 2) {
        break;
      }
      start = ws;
      dotted = true;
    }
    if (start > 0) {
      char before = s.charAt(start - 1);
      if (before == '\'' || before == '@' || before == '/' || before == '&' || before == '=') {
        return -1;
      }
    }
    String local = s.substring(start, end);
    if (!dotted && marker(s, ms) == 2 && EmailWords.NOT_A_LOCAL_PART.contains(
        local.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return start;
  }

  private static int marker(String s, int ms) {
    char c = s.charAt(ms);
    return c == '@' ? 0 : (c == '(' || c == '[' || c == '{' || c == '<') ? 1 : 2;
  }

  /** Start of the run of local-part characters ending at {@code end}, or -1. */
  private static int wordStart(String s, int end, int floor) {
    int j = end;
    while (j > floor && end - j < MAX_LOCAL && isLocalChar(s.charAt(j - 1))) {
      j--;
    }
    if (j > floor && end - j >= MAX_LOCAL && isLocalChar(s.charAt(j - 1))) {
      return -1;
    }
    while (j < end && !Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    while (end > j && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      return -1;
    }
    return j < end ? j : -1;
  }

  private static int skipBack(String s, int i, int floor) {
    int j = i;
    while (j > floor && i - j < 3 && s.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  /** Start of a "dot"/"punto"/bracketed dot word ending at {@code end}, or -1. */
  private static int dotWordBefore(String s, int end, int floor) {
    for (String w : new String[] {"dot", "punto"}) {
      int st = end - w.length();
      if (st >= floor && bareWord(s, st, w, w) == end) {
        return st;
      }
      if (end > 0 && isClose(s.charAt(end - 1))) {
        for (int bs = st - 2; bs >= st - 4 && bs >= floor; bs--) { // "(dot)", "( dot )"
          if (bracketedWord(s, bs, w, w) == end) {
            return bs;
          }
        }
      }
    }
    return -1;
  }

  private static boolean isClose(char c) {
    return c == ')' || c == ']' || c == '}' || c == '>';
  }

  /**
   * End of a domain with a known TLD starting after the marker end {@code me}, or -1. Sets
   * {@code spelledDot[0]} to 1 when some dot in the domain was spelled out or spaced.
   */
  private static int domainEnd(String s, int me, boolean literalAt, boolean bareAt,
      int[] spelledDot) {
    int start = domainStart(s, me);
    if (bareAt && start == me) {
      return -1;
    }
    int n = s.length();
    int labels = 0;
    int bestEnd = -1;
    int bestSpelled = 0;
    int anySpelled = 0;
    int j = start;
    while (labels < MAX_LABELS && j - start <= MAX_DOMAIN) {
      int ls = j;
      while (j < n && j - ls < 63 && isLabelChar(s.charAt(j))) {
        j++;
      }
      if (j == ls || !Character.isLetterOrDigit(s.charAt(j - 1))
          || (j < n && isLabelChar(s.charAt(j)))) {
        break;
      }
      labels++;
      if (labels == 1 && !literalAt
          && EmailWords.WEB_HOSTS.contains(s.substring(ls, j).toLowerCase(Locale.ROOT))) {
        return -1;
      }
      boolean path = j < n && (s.charAt(j) == '/' || s.charAt(j) == ':');
      boolean sentence = ls > 0 && s.charAt(ls - 1) == '.' && Character.isUpperCase(s.charAt(ls))
          && Character.isLowerCase(s.charAt(j - 1)); // "at church.We had": a missing space
      if (labels >= 2 && EmailWords.isTld(s, ls, j) && !path && !sentence) {
        bestEnd = j;
        bestSpelled = anySpelled;
      }
      int next = dotMarkerEnd(s, j);
      if (next < 0) {
        break;
      }
      if (next - j != 1) {
        anySpelled = 1;
      }
      j = next;
    }
    spelledDot[0] = bestSpelled;
    return bestEnd;
  }

  /** End of a DOT marker starting at {@code i} (with its spaces), or -1. */
  private static int dotMarkerEnd(String s, int i) {
    int n = s.length();
    if (i < n && s.charAt(i) == '.') {
      return i + 1 < n && s.charAt(i + 1) != ' ' ? i + 1 : -1;
    }
    int j = i;
    while (j < n && j - i < 3 && s.charAt(j) == ' ') {
      j++;
    }
    int spaces = j - i;
    if (j >= n) {
      return -1;
    }
    int e;
    if (s.charAt(j) == '.') {
      e = spaces > 0 ? j + 1 : -1;
    } else if ((e = bracketedWord(s, j, "dot", "punto")) > 0) {
      // bracketed: spaces optional
    } else {
      e = spaces > 0 ? bareWord(s, j, "dot", "punto") : -1;
    }
    if (e < 0) {
      return -1;
    }
    int k = e;
    while (k < n && k - e < 3 && s.charAt(k) == ' ') {
      k++;
    }
    boolean needSpace = s.charAt(j) != '.' && s.charAt(j) != '(' && s.charAt(j) != '['
        && s.charAt(j) != '{' && s.charAt(j) != '<';
    if (s.charAt(j) == '.' && k == e) {
      return -1; // "example .com": spaced on one side only
    }
    if (needSpace && k == e) {
      return -1;
    }
    return k;
  }

  /** Copies {@code [from, to)}, turning spelled or spaced DOT markers into '.'. */
  private static void copyWithDots(String s, NormalizedText.Builder b, int from, int to) {
    int j = from;
    while (j < to) {
      char c = s.charAt(j);
      if (isLabelChar(c) || c == '_' || c == '+' || c == '%') {
        b.appendOriginal(j, j + 1);
        j++;
        continue;
      }
      int e = dotMarkerEnd(s, j);
      if (e > j && e <= to) {
        b.append('.', j, e);
        j = e;
      } else {
        b.appendOriginal(j, j + 1);
        j++;
      }
    }
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+'
        || c == '%';
  }

  private static boolean isLabelChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
