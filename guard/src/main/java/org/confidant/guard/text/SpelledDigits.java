package org.confidant.guard.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Third normalisation pass: turns runs of spelled-out digits, English or Spanish, into digits.
 *
 * <p>A run is a sequence of number words ("five", "oh", "cinco", "thirty four", "treinta y
 * cuatro", "double five") and digit groups ("555"), each apart from the next by at most four
 * characters of space, comma, dot, dash, slash or parenthesis. A run holding at least three number
 * words (a two-word number such as "thirty four" or "double five" counts two) is converted: each
 * number word becomes its digits, mapped back to the word, and the separators stay as they were
 * ("five five five, oh one three four" -> "5 5 5, 0 1 3 4"); "dash" or "guion" between them
 * becomes '-'. Exactly two two-digit numbers join into one ("nineteen eighty-six" -> "1986",
 * "twenty-two seventeen" -> "2217"). "oh" and "o" mean zero only between
 * other number words (or after five of them, for a trailing "oh oh"), and never between two
 * Spanish words, where "o" means "or". Shorter runs ("I have two kids", "uno de nosotros") are
 * left alone.
 *
 * <p>Linear time: every word is looked up once and every run is decided once. Never throws.
 */
final class SpelledDigits {
  private static final int EN = 1;
  private static final int ES = 2;
  private static final int NEUTRAL = 3;

  private static final int UNIT = 1;
  private static final int TEEN = 2;
  private static final int TENS = 3;
  private static final int DONE = 4;
  private static final int OH = 5;
  private static final int GROUP = 6;
  private static final int MULT = 7;
  /** "dash" between number words: becomes '-' inside a converted run. */
  private static final int DASH = 8;
  /** "double five": a repeated digit. */
  private static final int REPEAT = 9;

  private record Word(String digits, int kind, int lang) {}

  private static final Map<String, Word> WORDS = new HashMap<>();
  /** First letters of the words in {@link #WORDS}, to skip most words without a look-up. */
  private static final String FIRST_LETTERS;
  /**
   * The entries of {@link #WORDS} whose keys are ASCII, in an open-addressing table keyed by
   * {@link String#hashCode()}, so that an ASCII word is looked up in place, without a substring.
   */
  private static final String[] ASCII_KEYS;
  private static final Word[] ASCII_WORDS;

  static {
    String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    for (int v = 0; v < en.length; v++) {
      WORDS.put(en[v], new Word(Integer.toString(v), v < 10 ? UNIT : TEEN, EN));
    }
    String[] enTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    for (int v = 0; v < enTens.length; v++) {
      WORDS.put(enTens[v], new Word(Integer.toString(20 + 10 * v), TENS, EN));
    }
    WORDS.put("fourty", new Word("40", TENS, EN));
    WORDS.put("oh", new Word("0", OH, EN));
    WORDS.put("o", new Word("0", OH, EN));
    WORDS.put("double", new Word("2", MULT, EN));
    WORDS.put("triple", new Word("3", MULT, EN));
    WORDS.put("doble", new Word("2", MULT, ES));
    for (String dash : new String[] {"dash", "hyphen", "guion", "guión"}) {
      WORDS.put(dash, new Word("-", DASH, NEUTRAL));
    }
    String[] es = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
        "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
        "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
        "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
    for (int v = 0; v < es.length; v++) {
      Word w = new Word(Integer.toString(v), v < 10 ? UNIT : v < 20 ? TEEN : DONE, ES);
      WORDS.put(es[v], w);
      String plain = java.text.Normalizer.normalize(es[v], java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}", "");
      WORDS.putIfAbsent(plain, w);
    }
    WORDS.put("veinte", new Word("20", TENS, ES));
    String[] esTens = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
        "noventa"};
    for (int v = 0; v < esTens.length; v++) {
      WORDS.put(esTens[v], new Word(Integer.toString(30 + 10 * v), TENS, ES));
    }
    StringBuilder first = new StringBuilder();
    for (String w : WORDS.keySet()) {
      if (first.indexOf(w.substring(0, 1)) < 0) {
        first.append(w.charAt(0));
      }
    }
    FIRST_LETTERS = first.toString();
    int cap = 8;
    while (cap < WORDS.size() * 4) {
      cap <<= 1;
    }
    ASCII_KEYS = new String[cap];
    ASCII_WORDS = new Word[cap];
    for (Map.Entry<String, Word> e : WORDS.entrySet()) {
      String k = e.getKey();
      if (!isAscii(k)) {
        continue;
      }
      int slot = slot(k.hashCode(), cap - 1);
      while (ASCII_KEYS[slot] != null) {
        slot = (slot + 1) & (cap - 1);
      }
      ASCII_KEYS[slot] = k;
      ASCII_WORDS[slot] = e.getValue();
    }
  }


  private static boolean isAscii(String k) {
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int h, int mask) {
    h *= 0x9E3779B1;
    return (h ^ (h >>> 15)) & mask;
  }

  /** One number word, two-word number or digit group in a run. */
  private record Item(int start, int end, String digits, int kind, int lang, int words) {}

  private SpelledDigits() {}

  /** The converted text, or {@code null} when nothing changes. */
  static NormalizedText convert(String s) {
    return new Pass(s).run();
  }

  private static final class Pass {
    private final String s;
    /** The chars of {@code s}, read without bounds-checked {@code charAt}. */
    private final char[] cs;
    private final NormalizedText.Builder b;
    private final List<Item> run = new ArrayList<>();
    private int emitted;
    private boolean changed;
    /** The token cursor: [tokStart, tokEnd) is the current token; type 0 none, 1 word, 2 digits. */
    private int pos;

    Pass(String s) {
      this.s = s;
      this.cs = s.toCharArray();
      this.b = new NormalizedText.Builder(s);
    }

    NormalizedText run() {
      int[] tok = new int[3];
      int[] peek = new int[3];
      int[] peek2 = new int[3];
      next(0, tok);
      while (tok[2] != 0) {
        Item it = null;
        int resume = tok[1];
        if (tok[2] == 2) {
          it = new Item(tok[0], tok[1], null, GROUP, NEUTRAL, 0);
        } else {
          Word w = lookup(tok[0], tok[1]);
          if (w != null && w.kind == MULT) {
            next(tok[1], peek);
            Word u = peek[2] == 1 ? lookup(peek[0], peek[1]) : null;
            boolean digit = peek[2] == 2 && peek[1] - peek[0] == 1;
            if (tightGap(tok[1], peek[0])
                && (digit || u != null && (u.kind == UNIT || u.kind == OH))) {
              String d = digit ? s.substring(peek[0], peek[1]) : u.digits;
              it = new Item(tok[0], peek[1], d.repeat(w.digits.charAt(0) - '0'), REPEAT,
                  digit ? w.lang : u.lang, 2);
              resume = peek[1];
            }
          } else if (w != null && w.kind == TENS) {
            it = new Item(tok[0], tok[1], w.digits, TENS, w.lang, 1);
            next(tok[1], peek);
            Word u = peek[2] == 1 ? lookup(peek[0], peek[1]) : null;
            if (w.lang == EN && u != null && u.lang == EN && u.kind == UNIT
                && !u.digits.equals("0") && tightGap(tok[1], peek[0])) {
              it = tensAndUnit(it, peek[1], u);
              resume = peek[1];
            } else if (w.lang == ES && peek[2] == 1 && peek[1] - peek[0] == 1
                && (cs[peek[0]] == 'y' || cs[peek[0]] == 'Y')
                && singleSpace(tok[1], peek[0])) {
              next(peek[1], peek2);
              Word u2 = peek2[2] == 1 ? lookup(peek2[0], peek2[1]) : null;
              if (u2 != null && u2.lang == ES && u2.kind == UNIT && !u2.digits.equals("0")
                  && singleSpace(peek[1], peek2[0])) {
                it = tensAndUnit(it, peek2[1], u2);
                resume = peek2[1];
              }
            }
          } else if (w != null && w.kind == DASH) {
            it = run.isEmpty() ? null : new Item(tok[0], tok[1], w.digits, DASH, NEUTRAL, 0);
          } else if (w != null) {
            it = new Item(tok[0], tok[1], w.digits, w.kind, w.lang, 1);
          }
        }
        if (it == null) {
          flush();
        } else {
          if (!run.isEmpty() && !separator(run.get(run.size() - 1).end, it.start)) {
            flush();
          }
          if (it.kind == GROUP && !run.isEmpty() && run.get(run.size() - 1).kind == GROUP) {
            run.set(run.size() - 1, it); // only the last of adjacent digit groups matters
          } else {
            run.add(it);
          }
        }
        next(resume, tok);
      }
      flush();
      if (!changed) {
        return null;
      }
      b.appendOriginal(emitted, s.length());
      return b.build();
    }

    /** A two-digit number word: a teen, a tens word, or tens with a unit. */
    private static boolean isPair(Item it) {
      return it.kind == TEEN || it.kind == TENS || it.kind == DONE;
    }

    private static boolean isAnchor(Item it) {
      return it.kind != OH && it.kind != DASH;
    }

    private Item tensAndUnit(Item tens, int end, Word unit) {
      return new Item(tens.start, end, tens.digits.charAt(0) + unit.digits, DONE, tens.lang, 2);
    }

    /** Finds the next word or digit group at or after {@code from}. */
    private void next(int from, int[] tok) {
      int n = s.length();
      int i = from;
      while (i < n && !isLetter(cs[i]) && !isDigit(cs[i])) {
        i++;
      }
      if (i >= n) {
        tok[2] = 0;
        tok[0] = n;
        tok[1] = n;
        return;
      }
      boolean digits = isDigit(cs[i]);
      int j = i + 1;
      while (j < n && (digits ? isDigit(cs[j]) : isLetter(cs[j]))) {
        j++;
      }
      tok[0] = i;
      tok[1] = j;
      tok[2] = digits ? 2 : 1;
    }

    private Word lookup(int from, int to) {
      if (to - from > 12 || FIRST_LETTERS.indexOf(Character.toLowerCase(cs[from])) < 0) {
        return null;
      }
      // ASCII words (nearly all) are looked up in place; lower-casing ASCII char by char is
      // what String.toLowerCase does to them. Others take the general path.
      int h = 0;
      for (int k = from; k < to; k++) {
        char c = cs[k];
        if (c >= 0x80) {
          return WORDS.get(s.substring(from, to).toLowerCase(Locale.ROOT));
        }
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
      int mask = ASCII_KEYS.length - 1;
      int len = to - from;
      for (int slot = slot(h, mask); ; slot = (slot + 1) & mask) {
        String key = ASCII_KEYS[slot];
        if (key == null) {
          return null;
        }
        if (key.length() == len && key.hashCode() == h && sameLower(key, from)) {
          return ASCII_WORDS[slot];
        }
      }
    }

    /** Whether the ASCII region of {@code s} at {@code from} lower-cases to {@code key}. */
    private boolean sameLower(String key, int from) {
      for (int k = 0; k < key.length(); k++) {
        char c = cs[from + k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** One space or one dash between two words of one number ("thirty four", "double-five"). */
    private boolean tightGap(int from, int to) {
      return to - from == 1 && (cs[from] == ' ' || cs[from] == '-');
    }

    private boolean singleSpace(int from, int to) {
      return to - from == 1 && cs[from] == ' ';
    }

    /** What may stand between two members of a run. */
    private boolean separator(int from, int to) {
      if (to - from > 4) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = cs[k];
        if (c != ' ' && c != '\t' && c != ',' && c != '.' && c != '-' && c != '/' && c != '('
            && c != ')') {
          return false;
        }
      }
      return true;
    }

    private void flush() {
      int size = run.size();
      if (size == 0) {
        return;
      }
      int words = 0;
      for (Item it : run) {
        words += it.words;
      }
      if (words < 3) {
        run.clear();
        return;
      }
      // prev[k] / nxt[k]: the nearest item before / after k that is a number (not "oh" nor
      // "dash"), or -1.
      int[] prev = new int[size];
      int[] nxt = new int[size];
      int last = -1;
      for (int k = 0; k < size; k++) {
        prev[k] = last;
        if (isAnchor(run.get(k))) {
          last = k;
        }
      }
      last = -1;
      for (int k = size - 1; k >= 0; k--) {
        nxt[k] = last;
        if (isAnchor(run.get(k))) {
          last = k;
        }
      }
      int segStart = 0;
      for (int k = 0; k <= size; k++) {
        boolean cut = k == size;
        if (!cut && run.get(k).kind == OH) {
          boolean inside = prev[k] >= 0 && (nxt[k] >= 0 || k >= 5);
          boolean spanishOr = prev[k] >= 0 && run.get(prev[k]).lang == ES
              && (nxt[k] < 0 || run.get(nxt[k]).lang == ES);
          cut = !inside || spanishOr;
        }
        if (cut) {
          emit(segStart, k);
          segStart = k + 1;
        }
      }
      run.clear();
    }

    private void emit(int from, int to) {
      int words = 0;
      for (int k = from; k < to; k++) {
        words += run.get(k).words;
      }
      if (words < 3) {
        return;
      }
      while (to > from && run.get(to - 1).kind == DASH) {
        to--; // a trailing "dash" is an ordinary word
      }
      if (to - from == 2 && isPair(run.get(from)) && isPair(run.get(from + 1))
          && tightGap(run.get(from).end, run.get(from + 1).start)) {
        // "nineteen eighty-six", "twenty-two seventeen": one four-digit number, a year or a
        // house number, so the two halves join ("1986", "2217").
        Item first = run.get(from);
        Item second = run.get(from + 1);
        b.appendOriginal(emitted, first.start);
        b.append(first.digits, first.start, first.end);
        b.append(second.digits, second.start, second.end);
        emitted = second.end;
        changed = true;
        return;
      }
      for (int k = from; k < to; k++) {
        Item it = run.get(k);
        if (it.kind == GROUP) {
          continue;
        }
        b.appendOriginal(emitted, it.start);
        b.append(it.digits, it.start, it.end);
        emitted = it.end;
        changed = true;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c) || (c >= 0x300 && CharFolding.isMark(c));
  }
}
