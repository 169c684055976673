package org.confidant.guard.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text with their sentences, for the report scanner: lower-cased words (curly
 * apostrophes made straight), whether each was capitalized, and the sentence each belongs to.
 *
 * <p>A sentence ends at '.', '!', '?', '¿', '¡' or a line break, except a '.' after a single
 * capital letter or a short title ("Nina P. said", "Dr. Lee"). Linear in the text's length.
 */
final class Tokens {
  final String text;
  final int[] start;
  final int[] end;
  final String[] lower;
  /** Each word without a trailing possessive "'s" (see {@link #base}). */
  private final String[] bases;
  /** Whether each word can start a report (a reporting, hearing or conduct word): a pre-filter. */
  final boolean[] anchor;
  /** Whether each word's base is a meeting word or "study"/"studies": a pre-filter. */
  final boolean[] maybeMeeting;
  /** Whether each word's base is a time word or "night"/"week": a pre-filter. */
  final boolean[] maybeTime;
  final boolean[] capital;
  /** Index of the first token of each token's sentence. */
  final int[] sentenceStart;
  /** Index just past the last token of each token's sentence. */
  final int[] sentenceEnd;
  /** Whether a '?' or ':' closes each token's sentence (the content may follow it). */
  final boolean[] opensNext;
  /** Whether each word could carry private content (not a stop word, program word or number). */
  final boolean[] content;
  final int size;

  /** Each token's distinct-word id (see {@link #words}): equal ids, equal written words. */
  final int[] id;
  /** The distinct written words of the text, with what is known of each. */
  final WordMemo words;

  private static final Object KEY = new Object();

  /** The tokens of the analysis's normalized text, made once per check and shared. */
  static Tokens of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(KEY, an -> new Tokens(an.normalized().text()));
  }

  Tokens(String text) {
    this.text = text;
    char[] cs = text.toCharArray();
    int[] spans = words(cs);
    size = spans.length / 2;
    start = new int[size];
    end = new int[size];
    lower = new String[size];
    bases = new String[size];
    anchor = new boolean[size];
    maybeMeeting = new boolean[size];
    maybeTime = new boolean[size];
    capital = new boolean[size];
    sentenceStart = new int[size];
    sentenceEnd = new int[size];
    opensNext = new boolean[size];
    content = new boolean[size];
    id = new int[size];
    WordMemo memo = new WordMemo();
    words = memo;
    for (int i = 0; i < size; i++) {
      start[i] = spans[2 * i];
      end[i] = spans[2 * i + 1];
      // everything but the capital depends only on the word as written: once per distinct word
      int m = memo.find(text, cs, start[i], end[i]);
      id[i] = m;
      lower[i] = memo.lower[m];
      bases[i] = memo.base[m];
      byte f = memo.flags[m];
      anchor[i] = (f & WordMemo.ANCHOR) != 0;
      maybeMeeting[i] = (f & WordMemo.MEETING) != 0;
      maybeTime[i] = (f & WordMemo.TIME) != 0;
      capital[i] = Character.isUpperCase(cs[start[i]]);
      content[i] = (f & WordMemo.CONTENT) != 0;
    }
    int first = 0;
    for (int i = 0; i < size; i++) {
      int gapEnd = i + 1 < size ? start[i + 1] : text.length();
      int kind = boundary(cs, i, gapEnd);
      if (kind != 0 || i == size - 1) {
        for (int k = first; k <= i; k++) {
          sentenceStart[k] = first;
          sentenceEnd[k] = i + 1;
          opensNext[k] = kind == 2;
        }
        first = i + 1;
      }
    }
  }

  /** 0: no boundary after token i; 1: a sentence ends; 2: it ends with '?' or ':'. */
  private int boundary(char[] cs, int i, int gapEnd) {
    int kind = 0;
    for (int c = end[i]; c < gapEnd; c++) {
      char ch = cs[c];
      if (ch == '?' || ch == ':' || ch == '¿') {
        kind = 2;
      } else if ((ch == '!' || ch == '\n' || ch == '¡') && kind == 0) {
        kind = 1;
      } else if (ch == '.' && kind == 0 && !abbreviation(i)) {
        kind = 1;
      }
    }
    return kind;
  }

  private boolean abbreviation(int i) {
    String w = lower[i];
    return (w.length() == 1 && capital[i])
        || w.equals("dr") || w.equals("mr") || w.equals("mrs") || w.equals("ms")
        || w.equals("st") || w.equals("jr") || w.equals("sr") || w.equals("vs");
  }

  /**
   * Word spans as start, end pairs: runs of letters and digits, apostrophes inside words kept
   * (an apostrophe counts when a letter follows it and it is not the word's first character).
   */
  static int[] words(char[] s) {
    int[] out = new int[16];
    int k = 0;
    int i = 0;
    int n = s.length;
    while (i < n) {
      while (i < n && !letterOrDigit(s[i])) {
        i++;
      }
      int start = i;
      while (i < n && (letterOrDigit(s[i])
          || ((s[i] == '\'' || s[i] == '’') && i + 1 < n && letter(s[i + 1]) && i > start))) {
        i++;
      }
      if (i > start) {
        if (k == out.length) {
          out = java.util.Arrays.copyOf(out, k * 2);
        }
        out[k++] = start;
        out[k++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static boolean letterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean letter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /** The word without a trailing possessive "'s". */
  String base(int i) {
    return bases[i];
  }

  boolean is(int i, java.util.Set<String> set) {
    return i >= 0 && i < size && set.contains(lower[i]);
  }
}
