package org.confidant.guard.meeting;

import java.util.List;
import java.util.Locale;

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

  Tokens(String text) {
    this.text = text;
    List<int[]> words = Terms.words(text);
    size = words.size();
    start = new int[size];
    end = new int[size];
    lower = new String[size];
    capital = new boolean[size];
    sentenceStart = new int[size];
    sentenceEnd = new int[size];
    opensNext = new boolean[size];
    content = new boolean[size];
    for (int i = 0; i < size; i++) {
      start[i] = words.get(i)[0];
      end[i] = words.get(i)[1];
      lower[i] = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT).replace('’', '\'');
      capital[i] = Character.isUpperCase(text.charAt(start[i]));
      content[i] = !ReportCues.GENERIC.contains(lower[i]) && !Character.isDigit(lower[i].charAt(0))
          && Terms.term(lower[i], false) != null;
    }
    int first = 0;
    for (int i = 0; i < size; i++) {
      int gapEnd = i + 1 < size ? start[i + 1] : text.length();
      int kind = boundary(i, gapEnd);
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
  private int boundary(int i, int gapEnd) {
    int kind = 0;
    for (int c = end[i]; c < gapEnd; c++) {
      char ch = text.charAt(c);
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

  /** The word without a trailing possessive "'s". */
  String base(int i) {
    String w = lower[i];
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  boolean is(int i, java.util.Set<String> set) {
    return i >= 0 && i < size && set.contains(lower[i]);
  }
}
