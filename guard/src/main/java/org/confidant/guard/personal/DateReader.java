package org.confidant.guard.personal;

import java.util.Map;

/**
 * Reads a calendar date that starts at a given token: numeric ("03/14/1990", "14.03.1990",
 * "1990-03-14", "6/2/88", "6/2"), month-name ("March 3, 1985", "July 4th", "3 de marzo de 1985",
 * "14 February 1986", "the 4th of July") in English and Spanish.
 *
 * <p>Looks ahead a constant number of tokens; never throws. A date is only a shape: whether it is
 * a birth date is the caller's decision.
 */
final class DateReader {
  /** A date found over tokens {@code [first, last]}; {@code hasYear} tells whether a year was read. */
  record DateSpan(int first, int last, boolean hasYear) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12),
      Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
      Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
      Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
      Map.entry("noviembre", 11), Map.entry("diciembre", 12), Map.entry("ene", 1),
      Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12));

  /** The keys of {@link #MONTHS}, for lookups in place. */
  private static final org.confidant.guard.text.WordTable MONTH_WORDS =
      org.confidant.guard.text.WordTable.copyOf(MONTHS.keySet());

  private DateReader() {}

  /** Whether the lower-cased word is a month name or abbreviation (English or Spanish). */
  static boolean isMonth(String word) {
    return MONTHS.containsKey(word);
  }

  /** The date starting exactly at token {@code i}, or {@code null}. */
  static DateSpan at(DetailTokens t, int i) {
    if (t.isNum(i)) {
      DateSpan d = numeric(t, i);
      return d != null ? d : dayThenMonth(t, i, i);
    }
    if (t.isMixed(i) && ordinalDay(t, i) > 0) {
      return dayThenMonth(t, i, i);
    }
    if (t.isWord(i) && t.in(MONTH_WORDS, i)) {
      return monthThenDay(t, i);
    }
    if (t.isWord(i) && ordinalWord(t, i) != null) {
      return dayThenMonth(t, i, i);
    }
    if (t.isWord(i) && (t.is(i, "the") || t.is(i, "el"))
        && (t.isNum(i + 1) || t.isMixed(i + 1))) {
      DateSpan d = dayThenMonth(t, i + 1, i);
      return d;
    }
    return null;
  }

  private static DateSpan numeric(DetailTokens t, int i) {
    int a = t.value(i);
    int la = t.length(i);
    if (!(t.isPunct(i + 1, '/') || t.isPunct(i + 1, '-') || t.isPunct(i + 1, '.'))
        || !t.touchesPrevious(i + 1) || !t.isNum(i + 2) || !t.touchesPrevious(i + 2)) {
      return null;
    }
    char sep = sepChar(t, i + 1);
    int b = t.value(i + 2);
    int lb = t.length(i + 2);
    boolean third = t.isPunct(i + 3, sep) && t.touchesPrevious(i + 3) && t.isNum(i + 4)
        && t.touchesPrevious(i + 4);
    if (la == 4) {
      // Year first: 1990-03-14.
      if (!third || !isYear(a, 4)) {
        return null;
      }
      int c = t.value(i + 4);
      return validMonthDay(b, c) && lb <= 2 && t.length(i + 4) <= 2 ? end(t, i, i + 4, true)
          : null;
    }
    if (la > 2 || lb > 2 || !(validMonthDay(a, b) || validMonthDay(b, a))) {
      return null;
    }
    if (third) {
      int lc = t.length(i + 4);
      if ((lc == 4 || lc == 2) && isYear(t.value(i + 4), lc)) {
        return end(t, i, i + 4, true);
      }
      return null;
    }
    // Month and day only, with '/' ("6/2"); dashes and dots are too often other things.
    return sep == '/' ? end(t, i, i + 2, false) : null;
  }

  private static DateSpan monthThenDay(DetailTokens t, int i) {
    int j = i + 1;
    if (t.isPunct(j, '.')) {
      j++;
    }
    int[] dayWord = ordinalWord(t, j);
    int day = t.isNum(j) && t.length(j) <= 2 ? t.value(j) : ordinalDay(t, j);
    if (dayWord != null) {
      day = dayWord[0];
      j = dayWord[1];
    }
    if (day < 1 || day > 31) {
      // "March 1985", "marzo de 1985": month and year only.
      int y = j;
      if (t.low(y).equals("de") || t.low(y).equals("of")) {
        y++;
      }
      return t.isNum(y) && isYear(t.value(y), t.length(y)) && t.length(y) == 4
          ? end(t, i, y, true) : null;
    }
    return withYear(t, i, j);
  }

  private static DateSpan dayThenMonth(DetailTokens t, int dayTok, int first) {
    int day = t.isNum(dayTok) && t.length(dayTok) <= 2 ? t.value(dayTok) : ordinalDay(t, dayTok);
    int j = dayTok + 1;
    int[] dayWord = ordinalWord(t, dayTok);
    if (dayWord != null) {
      day = dayWord[0];
      j = dayWord[1] + 1;
    }
    if (day < 1 || day > 31) {
      return null;
    }
    if (t.low(j).equals("de") || t.low(j).equals("of")) {
      j++;
    }
    if (!t.isWord(j) || !t.in(MONTH_WORDS, j)) {
      return null;
    }
    if (t.isPunct(j + 1, '.')) {
      j++;
    }
    return withYear(t, first, j);
  }

  /** Extends a month-day ending at token {@code last} by ", 1985", " de 1985", " del 85". */
  private static DateSpan withYear(DetailTokens t, int first, int last) {
    int j = last + 1;
    if (t.isPunct(j, ',')) {
      j++;
    }
    String w = t.low(j);
    if (w.equals("de") || w.equals("del") || w.equals("of")) {
      j++;
    }
    if (t.isPunct(j, '\'') || t.isPunct(j, '\u2019')) {
      j++;
      if (t.isNum(j) && t.length(j) == 2) {
        return end(t, first, j, true);
      }
      return end(t, first, last, false);
    }
    if (t.isNum(j) && t.length(j) == 4 && isYear(t.value(j), 4)) {
      return end(t, first, j, true);
    }
    // "19 85", a year read out in two halves (spelled-out years after normalisation).
    if (t.isNum(j) && t.length(j) == 2 && (t.value(j) == 19 || t.value(j) == 20)
        && t.isNum(j + 1) && t.length(j + 1) == 2 && t.start(j + 1) - t.end(j) == 1) {
      return end(t, first, j + 1, true);
    }
    return end(t, first, last, false);
  }

  private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
      Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
      Map.entry("primero", 1));

  /** The keys of {@link #ORDINAL_WORDS}, for lookups in place. */
  private static final org.confidant.guard.text.WordTable ORDINAL_KEYS =
      org.confidant.guard.text.WordTable.copyOf(ORDINAL_WORDS.keySet());

  /**
   * A day written as an ordinal word at token {@code i} ("third", "twenty-first"), as
   * {@code {day, last token}}, or {@code null}.
   */
  static int[] ordinalWord(DetailTokens t, int i) {
    if (!t.in(ORDINAL_KEYS, i) && !t.is(i, "twenty") && !t.is(i, "thirty")) {
      return null; // neither an ordinal nor a tens word: the lookups below would find nothing
    }
    String w = t.low(i);
    Integer v = ORDINAL_WORDS.get(w);
    if (v != null) {
      return new int[] {v, i};
    }
    int tens = w.equals("twenty") ? 20 : w.equals("thirty") ? 30 : 0;
    if (tens == 0) {
      return null;
    }
    int j = t.isPunct(i + 1, '-') ? i + 2 : i + 1;
    Integer unit = ORDINAL_WORDS.get(t.low(j));
    return unit != null && unit < 10 && tens + unit <= 31 ? new int[] {tens + unit, j} : null;
  }

  private static DateSpan end(DetailTokens t, int first, int last, boolean year) {
    return new DateSpan(first, last, year);
  }

  /** Day of an ordinal token such as "3rd", "4th", "1st", "2nd", "3º", or -1. */
  static int ordinalDay(DetailTokens t, int i) {
    if (!t.isMixed(i)) {
      return -1;
    }
    String s = t.low(i);
    int k = 0;
    int v = 0;
    while (k < s.length() && k < 2 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      v = v * 10 + (s.charAt(k) - '0');
      k++;
    }
    String suffix = s.substring(k);
    boolean ok = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
        || suffix.equals("th") || suffix.equals("º") || suffix.equals("o");
    return k > 0 && ok && v >= 1 && v <= 31 ? v : -1;
  }

  private static char sepChar(DetailTokens t, int i) {
    return t.isPunct(i, '/') ? '/' : t.isPunct(i, '-') ? '-' : '.';
  }

  private static boolean validMonthDay(int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }

  private static boolean isYear(int y, int digits) {
    return digits == 2 ? y >= 0 && y <= 99 : y >= 1900 && y <= 2099;
  }
}
