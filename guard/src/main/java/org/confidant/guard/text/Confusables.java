package org.confidant.guard.text;

/**
 * Second normalisation pass: folds Cyrillic, Greek and Armenian letters that look like Latin ones
 * into ASCII, where the context shows they disguise Latin text, and letter O in numbers into 0.
 *
 * <p>A token is a run of letters, digits and marks, possibly joined by {@code @ . _ + - '}
 * ("јаке@ехаmple.com" is one token). Its look-alike letters are folded when the token also holds
 * a Latin letter or a digit; or when every letter of the token has a Latin look-alike and the
 * token is next to a number ("СО 555") or the nearest lettered tokens on both sides (at least one
 * exists) are Latin ("my sponsee Јаке said"). Real Russian or Greek text,
 * whose neighbours are Cyrillic or Greek, is left alone. In a token with at least three digits
 * whose only letters look like digits (O, o, l, I and their Cyrillic and Greek twins, Cyrillic З),
 * those become the digits ("555-O1З4" -> "555-0134").
 *
 * <p>Character for character (lengths do not change). Linear time; never throws.
 */
final class Confusables {
  private static final char[] TABLE = new char[0x0600];

  static {
    map("АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT ХX УY ҮY ҺH ӀI ԀD ԚQ ԜW");
    map("аa сc еe оo рp хx уy іi јj ѕs ԁd ԛq ԝw һh ӏl кk үy ѵv");
    map("ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");
    map("αa οo νv ιi κk ρp υu χx γy");
    map("օo սu ոn հh զq ցg");
  }

  private static void map(String pairs) {
    for (String p : pairs.split(" ")) {
      TABLE[p.charAt(0)] = p.charAt(1);
    }
  }

  private Confusables() {}

  /** The Latin look-alike of {@code c}, or 0. */
  static char latinFor(char c) {
    if (c < TABLE.length && TABLE[c] != 0) {
      return TABLE[c];
    }
    switch (c) {
      case '\u0131': case '\u0269': return 'i';
      case '\u0251': return 'a';
      case '\u0261': return 'g';
      default: return 0;
    }
  }

  /** The folded text, or {@code null} when nothing changes. */
  static NormalizedText fold(String s) {
    int n = s.length();
    char[] out = s.toCharArray();
    // Token boundaries and properties, in one left-to-right scan.
    int[] starts = new int[16];
    int[] ends = new int[16];
    byte[] flags = new byte[16];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(out[i])) {
        i++;
        continue;
      }
      int start = i;
      int flag = 0;
      int digits = 0;
      while (i < n) {
        char c = out[i];
        if (isWordChar(c)) {
          flag |= classify(c);
          if (c >= '0' && c <= '9') {
            digits++;
          }
          i++;
        } else if (isJoiner(c) && i + 1 < n && isWordChar(out[i + 1]) && i > start) {
          i++;
        } else {
          break;
        }
      }
      if (digits >= 3) {
        flag |= MANY_DIGITS;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
        flags = java.util.Arrays.copyOf(flags, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      flags[count] = (byte) flag;
      count++;
    }
    boolean changed = false;
    for (int t = 0; t < count; t++) {
      int f = flags[t];
      if ((f & FOLDABLE) != 0 && shouldFold(t, count, starts, ends, flags, s)) {
        for (int k = starts[t]; k < ends[t]; k++) {
          char l = latinFor(out[k]);
          if (l != 0) {
            out[k] = l;
            changed = true;
          }
        }
        f = recount(out, starts[t], ends[t]);
      }
      if ((f & MANY_DIGITS) != 0 && (f & (LATIN | OTHER | FOLDABLE)) != 0) {
        changed |= digitLookAlikes(out, starts[t], ends[t]);
      }
    }
    if (!changed) {
      return null;
    }
    NormalizedText.Builder b = new NormalizedText.Builder(s);
    for (int k = 0; k < n; k++) {
      b.append(out[k], k, k + 1);
    }
    return b.build();
  }

  private static final int LATIN = 1;
  private static final int DIGIT = 2;
  private static final int FOLDABLE = 4;
  /** A letter of another script with no Latin look-alike. */
  private static final int OTHER = 8;
  private static final int MANY_DIGITS = 16;

  private static int classify(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9' ? DIGIT : LATIN;
    }
    if (latinFor(c) != 0) {
      return c == '\u0131' || c == '\u0269' || c == '\u0251' || c == '\u0261'
          ? LATIN | FOLDABLE : FOLDABLE;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    if (Character.isLetter(c)) {
      return isLatin(c) ? LATIN : OTHER;
    }
    return 0; // marks
  }

  private static int recount(char[] out, int from, int to) {
    int f = 0;
    int digits = 0;
    for (int k = from; k < to; k++) {
      if (isWordChar(out[k])) {
        f |= classify(out[k]);
        if (out[k] >= '0' && out[k] <= '9') {
          digits++;
        }
      }
    }
    return digits >= 3 ? f | MANY_DIGITS : f;
  }

  private static boolean shouldFold(int t, int count, int[] starts, int[] ends, byte[] flags,
      String s) {
    int f = flags[t];
    if ((f & (LATIN | DIGIT)) != 0) {
      return true;
    }
    if ((f & OTHER) != 0) {
      return false; // a real Greek or Cyrillic word, even next to a number ("Οδός Μαβίλη 170")
    }
    if (nextToDigits(t - 1, t, count, starts, ends, flags, s)
        || nextToDigits(t, t + 1, count, starts, ends, flags, s)) {
      return true;
    }
    int before = neighbourScript(t, -1, count, flags);
    int after = neighbourScript(t, +1, count, flags);
    if (before == 0 && after == 0) {
      return false;
    }
    return (before == 0 || before == LATIN) && (after == 0 || after == LATIN);
  }

  /** Whether tokens {@code a} and {@code b} are adjacent (few characters apart) and one is a number. */
  private static boolean nextToDigits(int a, int b, int count, int[] starts, int[] ends,
      byte[] flags, String s) {
    if (a < 0 || b >= count) {
      return false;
    }
    if (starts[b] - ends[a] > 3) {
      return false;
    }
    int other = flags[a] & (DIGIT | LATIN | FOLDABLE | OTHER);
    int other2 = flags[b] & (DIGIT | LATIN | FOLDABLE | OTHER);
    for (int k = ends[a]; k < starts[b]; k++) {
      if (s.charAt(k) == '\n') {
        return false;
      }
    }
    return other == DIGIT || other2 == DIGIT;
  }

  /** LATIN or OTHER script of the nearest lettered token on one side (within 3), or 0. */
  private static int neighbourScript(int t, int step, int count, byte[] flags) {
    for (int k = t + step, seen = 0; k >= 0 && k < count && seen < 3; k += step, seen++) {
      int f = flags[k];
      if ((f & (FOLDABLE | OTHER)) != 0) {
        return OTHER;
      }
      if ((f & LATIN) != 0) {
        return LATIN;
      }
    }
    return 0;
  }

  /** The digit a letter stands for inside a number ("555-O1З4"), or 0. */
  private static char digitFor(char c) {
    switch (c) {
      case 'O': case 'o': case '\u041E': case '\u043E': case '\u039F': case '\u03BF':
        return '0';
      case 'l': case 'I': case '\u0406': case '\u0456': case '\u04C0': case '\u04CF':
        return '1';
      case '\u0417': case '\u0437':
        return '3';
      default:
        return 0;
    }
  }

  private static boolean digitLookAlikes(char[] out, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = out[k];
      if (Character.isLetter(c) && digitFor(c) == 0) {
        return false;
      }
    }
    boolean changed = false;
    for (int k = from; k < to; k++) {
      char d = Character.isLetter(out[k]) ? digitFor(out[k]) : 0;
      if (d != 0) {
        out[k] = d;
        changed = true;
      }
    }
    return changed;
  }

  private static boolean isLatin(char c) {
    return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF)
        || (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF)
        || (c >= 0xAB30 && c <= 0xAB6F) || c == 0x00AA || c == 0x00BA;
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || CharFolding.isMark(c);
  }

  private static boolean isJoiner(char c) {
    return c == '@' || c == '.' || c == '_' || c == '+' || c == '-' || c == '\'';
  }
}
