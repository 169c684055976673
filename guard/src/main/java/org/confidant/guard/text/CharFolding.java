package org.confidant.guard.text;

import java.text.Normalizer.Form;

/**
 * First normalisation pass: folds each character (with its combining marks) to a plain form.
 *
 * <p>Applies Unicode NFKC to each base character together with its combining marks (so fullwidth
 * letters, ligatures, superscripts, circled and mathematical letters become plain ones, and a
 * decomposed accent composes with its letter); drops invisible characters (format characters such
 * as zero-width spaces and joiners, the byte-order mark, the soft hyphen, bidi controls and tag
 * characters; variation selectors; fillers; control characters); turns unusual spaces into
 * {@code ' '}, line and paragraph separators into {@code '\n'}, dashes and minus signs into
 * {@code '-'}, curly and angled quotes into {@code '} and {@code "}; maps negative circled or
 * squared letters and dingbat digits to their letter or digit; replaces lone surrogates by
 * U+FFFD. Keeps at most {@value #MAX_MARKS} combining marks per character and drops the rest.
 *
 * <p>Linear time: every character is looked at once and NFKC runs on segments of bounded length.
 * Never throws.
 */
final class CharFolding {
  /** Combining marks kept after one base character ("zalgo" text has hundreds). */
  static final int MAX_MARKS = 4;

  private static final int CACHE_SIZE = 1024;

  private CharFolding() {}

  static NormalizedText fold(String s) {
    NormalizedText.Builder b = new NormalizedText.Builder(s);
    Cache cache = null;
    StringBuilder segment = new StringBuilder(8);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 && (i + 1 == n || s.charAt(i + 1) < 0x300 || !isMarkAt(s, i + 1))) {
        if (c >= 0x20 && c != 0x7F || c == '\n' || c == '\t' || c == '\r') {
          b.append(c, i, i + 1);
        } else if (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1F)) {
          b.append(' ', i, i + 1);
        }
        i++;
        continue;
      }
      if (isStable(c) && (i + 1 == n || s.charAt(i + 1) < 0x300)) {
        b.append(c, i, i + 1);
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isSurrogate(c) && next == i + 1) {
        b.append('\uFFFD', i, next);
        i = next;
        continue;
      }
      if (cache == null) {
        cache = new Cache();
      }
      int slot = cache.slot(cp);
      byte cls = cache.classes[slot];
      String folded = cache.folded[slot];
      if (cls == DROP) {
        i = next;
        continue;
      }
      if (cls == DIRECT) {
        b.append(folded.charAt(0), i, next);
        i = next;
        continue;
      }
      // Gather the combining marks that follow, skipping invisible characters between them.
      segment.setLength(0);
      segment.appendCodePoint(cp);
      int marks = 0;
      int end = next;
      while (end < n && s.charAt(end) >= 0x300) {
        int m = s.codePointAt(end);
        int after = end + Character.charCount(m);
        if (Character.isSurrogate(s.charAt(end)) && after == end + 1) {
          break;
        }
        byte mc = cache.classes[cache.slot(m)];
        if (mc == DROP) {
          end = after;
          continue;
        }
        if (mc != MARK) {
          break;
        }
        if (marks < MAX_MARKS) {
          segment.appendCodePoint(m);
          marks++;
        }
        end = after;
      }
      if (marks > 0) {
        folded = postMap(nfkc(segment.toString(), cp));
      }
      for (int k = 0; k < folded.length(); k++) {
        b.append(folded.charAt(k), i, end);
      }
      i = end;
    }
    return b.build();
  }

  private static final byte PLAIN = 0;
  private static final byte DROP = 1;
  private static final byte MARK = 2;
  private static final byte DIRECT = 3;

  /** What one code point folds to, cached per call in a small direct-mapped table. */
  private static final class Cache {
    final int[] keys = new int[CACHE_SIZE];
    final String[] folded = new String[CACHE_SIZE];
    final byte[] classes = new byte[CACHE_SIZE];

    int slot(int cp) {
      int slot = cp & (CACHE_SIZE - 1);
      if (folded[slot] != null && keys[slot] == cp) {
        return slot;
      }
      keys[slot] = cp;
      if (isInvisible(cp)) {
        classes[slot] = DROP;
        folded[slot] = "";
      } else if (isMark(cp)) {
        classes[slot] = MARK;
        folded[slot] = postMap(nfkc(new String(Character.toChars(cp)), cp));
      } else {
        char direct = directMapping(cp);
        classes[slot] = direct != 0 ? DIRECT : PLAIN;
        folded[slot] = direct != 0 ? String.valueOf(direct)
            : postMap(nfkc(new String(Character.toChars(cp)), cp));
      }
      return slot;
    }
  }

  /** Applies {@link #directMapping} to each character of an NFKC result. */
  private static String postMap(String folded) {
    StringBuilder out = null;
    for (int k = 0; k < folded.length(); k++) {
      char f = folded.charAt(k);
      char p = f < 0x80 ? 0 : directMapping(f);
      if (p != 0) {
        if (out == null) {
          out = new StringBuilder(folded);
        }
        out.setCharAt(k, p);
      }
    }
    return out == null ? folded : out.toString();
  }

  /** NFKC of a short segment; a spacing accent that NFKC turns into space + mark stays as it was. */
  private static String nfkc(String segment, int base) {
    String r = java.text.Normalizer.normalize(segment, Form.NFKC);
    if (r.length() > 1 && r.charAt(0) == ' ' && base != ' ' && isMark(r.codePointAt(1))) {
      return segment;
    }
    return r;
  }

  /** Whether NFKC leaves the single code point {@code cp} unchanged (a fast path, not complete). */
  private static boolean isStable(int cp) {
    return (cp >= 0xC0 && cp <= 0xFF)
        || (cp >= 0x0400 && cp <= 0x052F)
        || (cp >= 0x05D0 && cp <= 0x05EA)
        || (cp >= 0x0621 && cp <= 0x064A)
        || (cp >= 0x3041 && cp <= 0x3096)
        || (cp >= 0x30A1 && cp <= 0x30FA)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xAC00 && cp <= 0xD7A3);
  }

  private static boolean isMarkAt(String s, int i) {
    int cp = s.codePointAt(i);
    return isMark(cp) || isInvisible(cp);
  }

  static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  /** Characters that show nothing and are dropped. */
  static boolean isInvisible(int cp) {
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
        || cp == 0x00AD || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164
        || cp == 0xFFA0 || cp == 0x17B4 || cp == 0x17B5 || cp == 0x180E
        || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0x80 && cp <= 0x9F && cp != 0x85)
        || (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || cp == 0x7F) {
      return true;
    }
    return Character.getType(cp) == Character.FORMAT;
  }

  /**
   * A single replacement character for spaces, dashes, quotes and a few symbol letters, or 0 when
   * the code point has none.
   */
  static char directMapping(int cp) {
    switch (cp) {
      case 0x0085: case 0x2028: case 0x2029:
        return '\n';
      case 0x2800:
        return ' ';
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
      case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD: case 0x00B4: case 0xFF07:
      case 0x275B: case 0x275C: case 0x2039: case 0x203A: case 0x02CA: case 0x02CB:
        return '\'';
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
      case 0x00AB: case 0x00BB: case 0x275D: case 0x275E: case 0x301D: case 0x301E:
      case 0x301F: case 0xFF02: case 0x02DD:
        return '"';
      case 0x2212: case 0x2043: case 0xFE63: case 0xFF0D: case 0x02D7: case 0x2796:
        return '-';
      default:
        break;
    }
    if (cp >= 0x1F150 && cp <= 0x1F169) {
      return (char) ('A' + cp - 0x1F150); // negative circled letters
    }
    if (cp >= 0x1F170 && cp <= 0x1F189) {
      return (char) ('A' + cp - 0x1F170); // negative squared letters
    }
    if (cp >= 0x2776 && cp <= 0x2793) {
      int d = (cp - 0x2776) % 10; // dingbat circled digits one..ten
      return d == 9 ? 0 : (char) ('1' + d);
    }
    int type = Character.getType(cp);
    if (type == Character.SPACE_SEPARATOR) {
      return ' ';
    }
    if (type == Character.DASH_PUNCTUATION) {
      return '-';
    }
    return 0;
  }
}
