package org.confidant.guard.personal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of digit groups that could be phone numbers, in one left-to-right pass.
 *
 * <p>A run is digit groups joined by short separators made of spaces, dots, dashes, slashes,
 * parentheses and commas ("555.0162", "(312) 555-0199", "5 5 5, 0 1 3 4"), with an optional
 * leading '+' or '(' and an optional extension ("x751", "ext. 12"). Groups joined by ", " are
 * split apart unless both sides are single digits (a number read out digit by digit), groups
 * joined by "/" are split where both sides could stand alone, and a leading five-digit ZIP code
 * is split from the number after it, so a list of numbers gives one run per number. Runs glued to letters or codes ("PB-2023-0419", "/j/5550172", "$1200",
 * "1-800-662-HELP") are marked {@link Run#glued()}. Linear in the text's length: each character
 * is read a bounded number of times; runs longer than {@link #MAX_CHARS} are skipped whole.
 */
final class DigitRuns {
  /** Longest stretch of text one run may span. */
  static final int MAX_CHARS = 48;
  /** Most digits one run may hold (E.164 allows 15). */
  static final int MAX_DIGITS = 15;

  private DigitRuns() {}

  /**
   * One candidate.
   *
   * @param start index of the first character ('+', '(' or a digit)
   * @param end index just past the last digit (or the extension)
   * @param digits the digits only, without the extension
   * @param groups lengths of the digit groups, in order
   * @param seps the separators before groups 1..n-1, trimmed of nothing
   * @param plus whether the run starts with '+'
   * @param glued whether letters or code characters touch the run (not a phone on its own)
   */
  record Run(int start, int end, String digits, int[] groups, String[] seps, boolean plus,
      boolean glued) {

    int groupCount() {
      return groups.length;
    }

    boolean allSingleDigitGroups() {
      for (int g : groups) {
        if (g != 1) {
          return false;
        }
      }
      return true;
    }

    /** Whether every separator consists only of characters in {@code chars}. */
    boolean separatorsOnly(String chars) {
      for (String s : seps) {
        for (int i = 0; i < s.length(); i++) {
          if (chars.indexOf(s.charAt(i)) < 0) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** The runs of {@code text} holding at least {@code minDigits} digits, in text order. */
  static List<Run> find(String text, int minDigits) {
    List<Run> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean opener = (c == '+' || c == '(') && i + 1 < n && isDigit(text.charAt(i + 1));
      if (!isDigit(c) && !opener) {
        i++;
        continue;
      }
      i = scanRun(text, i, minDigits, out);
    }
    return out;
  }

  /** Scans the run starting at {@code start}; returns the index to continue from. */
  private static int scanRun(String text, int start, int minDigits, List<Run> out) {
    int n = text.length();
    boolean plus = text.charAt(start) == '+';
    int i = isDigit(text.charAt(start)) ? start : start + 1;
    List<int[]> groups = new ArrayList<>(); // {start, end}
    List<String> seps = new ArrayList<>();
    boolean tooLong = false;
    int digitCount = 0;
    while (true) {
      int gs = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      digitCount += i - gs;
      if (i - start > MAX_CHARS || digitCount > 3 * MAX_DIGITS) {
        tooLong = true;
      }
      if (!tooLong) {
        groups.add(new int[] {gs, i});
      }
      // A separator: 1..3 separator characters, then a digit.
      int j = i;
      while (j < n && j - i < 3 && isSeparator(text.charAt(j))) {
        j++;
      }
      if (j == i || j >= n || !isDigit(text.charAt(j)) || !goodSeparator(text, i, j)) {
        break;
      }
      if (!tooLong) {
        seps.add(text.substring(i, j));
      }
      i = j;
    }
    int end = i;
    if (tooLong) {
      return end;
    }
    boolean gluedBefore = gluedBefore(text, start);
    int extEnd = extensionEnd(text, end);
    boolean gluedAfter = extEnd == end && gluedAfter(text, end);
    emitPieces(text, groups, seps, plus, start, extEnd, gluedBefore, gluedAfter, minDigits, out);
    return end;
  }

  /** Splits a run at list separators and adds the pieces with enough digits. */
  private static void emitPieces(String text, List<int[]> groups, List<String> seps,
      boolean plus, int runStart, int runEnd, boolean gluedBefore, boolean gluedAfter,
      int minDigits, List<Run> out) {
    int pieceFirst = 0;
    int count = groups.size();
    for (int g = 1; g <= count; g++) {
      boolean cut = g == count;
      if (!cut && g == 1 && pieceFirst == 0 && zipBeforeNumber(text, groups, seps, minDigits)) {
        cut = true; // "TX 77058 555-0134": a ZIP code, then the number
      } else if (!cut) {
        String sep = seps.get(g - 1);
        boolean list = sep.indexOf(',') >= 0 || sep.indexOf('/') >= 0;
        if (list) {
          int left = digits(groups, pieceFirst, g);
          int right = digits(groups, g, nextListCut(seps, g, count));
          boolean spelled = sep.indexOf(',') >= 0 && singleDigits(groups, pieceFirst, g)
              && singleDigits(groups, g, nextListCut(seps, g, count));
          boolean slashJoin = sep.indexOf('/') >= 0 && (left < minDigits || right < minDigits);
          cut = !spelled && !slashJoin;
        }
      }
      if (cut) {
        int s = pieceFirst == 0 ? runStart : groups.get(pieceFirst)[0];
        int e = g == count ? runEnd : groups.get(g - 1)[1];
        int total = digits(groups, pieceFirst, g);
        if (total >= minDigits) {
          StringBuilder d = new StringBuilder(total);
          int[] sizes = new int[g - pieceFirst];
          String[] between = new String[g - pieceFirst - 1];
          for (int k = pieceFirst; k < g; k++) {
            d.append(text, groups.get(k)[0], groups.get(k)[1]);
            sizes[k - pieceFirst] = groups.get(k)[1] - groups.get(k)[0];
            if (k > pieceFirst) {
              between[k - pieceFirst - 1] = seps.get(k - 1);
            }
          }
          boolean pieceGlued = (gluedBefore && pieceFirst == 0) || (gluedAfter && g == count);
          out.add(new Run(s, e, d.toString(), sizes, between, plus && pieceFirst == 0,
              pieceGlued));
        }
        pieceFirst = g;
      }
    }
  }

  private static boolean zipBeforeNumber(String text, List<int[]> groups, List<String> seps,
      int minDigits) {
    int[] first = groups.get(0);
    return first[1] - first[0] == 5 && text.charAt(first[0]) != '0'
        && seps.get(0).trim().isEmpty()
        && digits(groups, 1, groups.size()) >= minDigits;
  }

  private static int nextListCut(List<String> seps, int from, int count) {
    for (int g = from + 1; g < count; g++) {
      String sep = seps.get(g - 1);
      if (sep.indexOf(',') >= 0 || sep.indexOf('/') >= 0) {
        return g;
      }
    }
    return count;
  }

  private static int digits(List<int[]> groups, int from, int to) {
    int total = 0;
    for (int k = from; k < to; k++) {
      total += groups.get(k)[1] - groups.get(k)[0];
    }
    return total;
  }

  private static boolean singleDigits(List<int[]> groups, int from, int to) {
    for (int k = from; k < to; k++) {
      if (groups.get(k)[1] - groups.get(k)[0] != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean goodSeparator(String text, int from, int to) {
    int dots = 0;
    int commas = 0;
    int dashes = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.') {
        dots++;
      } else if (c == ',') {
        commas++;
      } else if (c == '-' || c == '–' || c == '—') {
        dashes++;
      }
    }
    if (dots > 1 || commas > 1 || dashes > 1) {
      return false;
    }
    // "1,200" is a thousands separator, not a list of digits read out.
    return !(commas == 1 && to - from == 1);
  }

  private static boolean gluedBefore(String text, int start) {
    if (start == 0) {
      return false;
    }
    char b = text.charAt(start - 1);
    if (Character.isLetterOrDigit(b) || "/#@$€£¥=_&%\\".indexOf(b) >= 0) {
      return true;
    }
    if ((b == '-' || b == '.' || b == ':') && start >= 2) {
      char bb = text.charAt(start - 2);
      return b == ':' ? Character.isDigit(bb) : Character.isLetterOrDigit(bb);
    }
    return false;
  }

  private static boolean gluedAfter(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char a = text.charAt(end);
    if (Character.isLetterOrDigit(a) || "/#@$€£%_".indexOf(a) >= 0) {
      return true;
    }
    if (end + 1 < text.length()) {
      char aa = text.charAt(end + 1);
      if (a == '-' || a == '–') {
        return Character.isLetterOrDigit(aa); // "1-800-662-HELP"
      }
      if (a == ':' || a == '.' || a == ',') {
        return Character.isDigit(aa); // "12:30", "3.14", "1,200"
      }
    }
    return false;
  }

  /** End of an extension such as "x751", " ext. 12" after {@code end}, or {@code end}. */
  private static int extensionEnd(String text, int end) {
    int n = text.length();
    int i = end;
    if (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
      i++;
    } else if (text.regionMatches(true, i, "ext", 0, 3)) {
      i += 3;
      if (i < n && text.charAt(i) == '.') {
        i++;
      }
      if (i < n && text.charAt(i) == ' ') {
        i++;
      }
    } else {
      return end;
    }
    int ds = i;
    while (i < n && i - ds < 6 && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == ds || (i < n && (Character.isLetterOrDigit(text.charAt(i))))) {
      return end;
    }
    return i;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/' || c == ','
        || c == '–' || c == '—' || c == '\u00A0';
  }
}
