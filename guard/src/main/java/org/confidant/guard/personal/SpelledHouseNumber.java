package org.confidant.guard.personal;

/**
 * Reads a house number spelled out in words ("fourteen", "twenty-two", "treinta y dos") that the
 * normaliser leaves alone because it is only one or two number words long.
 */
final class SpelledHouseNumber {
  private static final org.confidant.guard.text.WordTable UNITS = AddressWords.words("one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "uno", "dos", "tres", "cuatro", "cinco", "seis",
      "siete", "ocho", "nueve");
  private static final org.confidant.guard.text.WordTable SINGLE = AddressWords.words("ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
      "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
      "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve");
  private static final org.confidant.guard.text.WordTable TENS = AddressWords.words("twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "treinta", "cuarenta", "cincuenta",
      "sesenta", "setenta", "ochenta", "noventa");

  private SpelledHouseNumber() {}

  /** The last token of a spelled-out number starting at token {@code i}, or -1. */
  static int end(DetailTokens t, int i) {
    if (t.in(SINGLE, i) || t.in(UNITS, i)) {
      return i;
    }
    if (!t.in(TENS, i)) {
      return -1;
    }
    // "twenty-two", "twenty two", "treinta y dos"
    int j = i + 1;
    if (t.isPunct(j, '-') || t.is(j, "y")) {
      j++;
    }
    return t.in(UNITS, j) ? j : i;
  }
}
