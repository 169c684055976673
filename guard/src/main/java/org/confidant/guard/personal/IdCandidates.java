package org.confidant.guard.personal;

/**
 * Reads the stretches of a text that could be identifiers, token by token: digit groups split
 * by single spaces, dashes or dots ("4111 1111 1111 1111", "666 41 0927"), hyphenated letter-digit
 * compounds ("CR-22-55190", "D228-4417-0093") and IBANs in groups of four.
 *
 * <p>Every reader looks ahead a bounded number of tokens and never throws.
 */
final class IdCandidates {
  /** Longest run of groups read as one candidate. */
  private static final int MAX_GROUPS = 9;
  /** Longest run of characters kept for a candidate's digits. */
  private static final int MAX_CHARS = 40;

  /**
   * One candidate over tokens {@code [first, last]}.
   *
   * @param chars its letters and digits without separators (at most {@value #MAX_CHARS} kept)
   * @param digits number of digits
   * @param letters number of letters
   * @param groups lengths of its separated groups (digit-only runs only), for shape tests
   * @param groupCount number of groups
   * @param letterGroups number of groups made of letters only ("CR" in "CR-22-55190")
   * @param extension whether a group is a phone extension such as "0957x5184"
   */
  record Candidate(int first, int last, String chars, int digits, int letters, int[] groups,
      int groupCount, int letterGroups, boolean extension) {

    /** Whether the groups are exactly the given lengths. */
    boolean shape(int... lengths) {
      if (groupCount != lengths.length) {
        return false;
      }
      for (int i = 0; i < lengths.length; i++) {
        if (groups[i] != lengths[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private IdCandidates() {}

  /**
   * The candidate starting at token {@code i}: alphanumeric tokens joined by a dash, dot or
   * slash with no spaces, or digit-only tokens separated by one space; {@code null} when token
   * {@code i} holds no digit and joins nothing that does.
   */
  static Candidate at(DetailTokens t, int i) {
    if (!(t.isNum(i) || t.isMixed(i) || shortWord(t, i))) {
      return null;
    }
    StringBuilder chars = new StringBuilder();
    int[] groups = new int[MAX_GROUPS];
    int groupCount = 0;
    int digits = 0;
    int letters = 0;
    int letterGroups = 0;
    boolean extension = false;
    int last = i;
    int k = i;
    while (true) {
      String lower = t.lower();
      for (int c = t.start(k), end = t.end(k); c < end; c++) {
        char ch = lower.charAt(c);
        if (Character.isDigit(ch)) {
          digits++;
        } else {
          letters++;
        }
        if (chars.length() < MAX_CHARS) {
          chars.append(ch);
        }
      }
      groups[groupCount++] = t.isNum(k) ? t.length(k) : -t.length(k);
      letterGroups += t.isWord(k) ? 1 : 0;
      extension |= t.isMixed(k) && isExtension(t.low(k));
      last = k;
      if (groupCount == MAX_GROUPS) {
        break;
      }
      int next = joined(t, k);
      if (next < 0) {
        break;
      }
      k = next;
    }
    if (digits == 0) {
      return null;
    }
    return new Candidate(i, last, chars.toString(), digits, letters, groups, groupCount,
        letterGroups, extension);
  }

  /** "2294x751", "0957ext12": digits, an extension mark, digits. */
  private static boolean isExtension(String s) {
    int x = s.indexOf('x');
    if (x <= 0 || x == s.length() - 1) {
      return false;
    }
    for (int c = 0; c < s.length(); c++) {
      if (c != x && !Character.isDigit(s.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** The token joined to token {@code k} as the next group, or -1. */
  private static int joined(DetailTokens t, int k) {
    int p = k + 1;
    boolean sep = t.isPunct(p, '-') || t.isPunct(p, '.') || t.isPunct(p, '/')
        || t.isPunct(p, '\u2013');
    if (sep && t.touchesPrevious(p) && t.touchesPrevious(p + 1)
        && (t.isNum(p + 1) || t.isMixed(p + 1) || shortWord(t, p + 1))) {
      return p + 1;
    }
    // Digit groups split by one space: "4111 1111 1111 1111".
    if (t.isNum(k) && t.isNum(p) && t.start(p) - t.end(k) == 1 && !t.lineBreakBefore(p)) {
      return p;
    }
    // Single digits read out in clusters: "9 1 3, 2 7, 4 4 0 8".
    if (t.isNum(k) && t.length(k) == 1 && t.isPunct(p, ',') && t.touchesPrevious(p)
        && t.isNum(p + 1) && t.length(p + 1) == 1 && t.start(p + 1) - t.end(p) == 1) {
      return p + 1;
    }
    return -1;
  }

  /** An upper-case letter group of one to four letters, like "CR" or "TR" in a case number. */
  private static boolean shortWord(DetailTokens t, int i) {
    return t.isWord(i) && t.length(i) <= 4 && t.isCapitalized(i)
        && t.low(i).chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /**
   * The IBAN starting at token {@code i} (e.g. "DE89 3704 0044 0532 0130 00"), as the index of
   * its last token, or -1 when none passes the mod-97 check.
   */
  static int iban(DetailTokens t, int i) {
    if (!t.isMixed(i) || t.length(i) < 4) {
      return -1;
    }
    String head = t.low(i);
    if (!(isAsciiLetter(head.charAt(0)) && isAsciiLetter(head.charAt(1))
        && Character.isDigit(head.charAt(2)) && Character.isDigit(head.charAt(3)))) {
      return -1;
    }
    // mod 97 of (rest + first four) = (rest mod 97) * 10^(digits of the first four) + theirs.
    int headRem = 0;
    int headScale = 1;
    for (int c = 0; c < 4; c++) {
      int v = value(head.charAt(c));
      int width = v >= 10 ? 100 : 10;
      headRem = (headRem * width + v) % 97;
      headScale = headScale * width % 97;
    }
    int rem = 0;
    int length = 4;
    int best = -1;
    int k = i;
    String group = head.substring(4);
    while (true) {
      for (int c = 0; c < group.length(); c++) {
        int v = value(group.charAt(c));
        if (v < 0) {
          return best;
        }
        rem = (rem * (v >= 10 ? 100 : 10) + v) % 97;
        length++;
      }
      if (length > 34) {
        return best;
      }
      if (length >= 15 && (rem * headScale + headRem) % 97 == 1) {
        best = k;
      }
      int p = k + 1;
      boolean next = t.isNum(p) || t.isMixed(p) || t.isWord(p) && t.length(p) <= 4;
      if (!next || t.start(p) - t.end(k) > 1 || t.lineBreakBefore(p) || k - i >= 11) {
        return best;
      }
      k = p;
      group = t.low(p);
    }
  }

  /** The IBAN value of a letter or digit (digits 0-9, letters 10-35), or -1. */
  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
