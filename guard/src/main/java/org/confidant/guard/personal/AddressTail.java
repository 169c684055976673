package org.confidant.guard.personal;

import java.util.Set;

/**
 * Extends a street address over what commonly follows it: a period, a compass point ("NW"), a
 * unit ("Apt 3B", "#2", "suite 771", "3º B", "piso 2") and a city, state and zip tail
 * ("Springfield, IL 62704"). Looks ahead a bounded number of tokens.
 */
final class AddressTail {
  private static final Set<String> ORDINAL_WORDS = org.confidant.guard.text.WordTable.of("first", "second", "third", "fourth",
      "fifth", "sixth", "top", "ground", "primer", "segundo", "tercer", "cuarto", "quinto");

  private AddressTail() {}

  /** The last token of the address that ends at token {@code last} with its tail. */
  static int extend(DetailTokens t, int last) {
    int j = last + 1;
    if (t.isPunct(j, '.') && t.touchesPrevious(j)) {
      j++;
    }
    if (t.isWord(j) && AddressWords.DIRECTIONS.contains(t.low(j)) && t.length(j) <= 2
        && t.isCapitalized(j)) {
      last = j;
      j++;
    }
    int unit = unit(t, j);
    if (unit >= 0) {
      last = unit;
      j = unit + 1;
    }
    int zip = cityStateZip(t, j);
    return zip >= 0 ? zip : last;
  }

  /** The last token of a unit starting at {@code j} (after an optional comma), or -1. */
  private static int unit(DetailTokens t, int j) {
    int k = j;
    if (t.isPunct(k, ',')) {
      k++;
    }
    if (t.isPunct(k, '#')) {
      return t.isNum(k + 1) || t.isMixed(k + 1) ? k + 1 : -1;
    }
    String w = t.low(k);
    if (AddressWords.UNITS.contains(w)) {
      int v = k + 1;
      while (t.isPunct(v, '.') || t.isPunct(v, '#') || t.isPunct(v, ':')) {
        v++;
      }
      if (t.isNum(v) || t.isMixed(v) && t.length(v) <= 5
          || t.isWord(v) && t.length(v) == 1 && t.isCapitalized(v)) {
        return v;
      }
      return -1;
    }
    // "second floor", "3º B", "3er piso", "piso 3"
    if (ORDINAL_WORDS.contains(w) && (t.low(k + 1).equals("floor") || t.low(k + 1).equals("piso"))) {
      return k + 1;
    }
    if (t.isMixed(k) && DateReader.ordinalDay(t, k) > 0 || t.isNum(k) && t.length(k) <= 2
        && k > j) {
      int v = k;
      if (t.isWord(v + 1) && t.length(v + 1) == 1 && t.isCapitalized(v + 1)) {
        v++;
      } else if (t.low(v + 1).equals("piso") || t.low(v + 1).equals("floor")) {
        v++;
      } else if (!t.isMixed(k)) {
        return -1;
      }
      return v;
    }
    return -1;
  }

  /** The zip's token of ", Springfield, IL 62704" starting at {@code j}, or -1. */
  private static int cityStateZip(DetailTokens t, int j) {
    int k = j;
    int words = 0;
    // City, region and country words in any case ("Springfield, IL", "pomáz tunisia"), with
    // commas or list marks between them, then a five-digit zip; at most a few tokens ahead.
    for (int seen = 0; seen < 10 && k < t.size(); seen++) {
      if (t.isWord(k) && !AddressWords.NOT_NAME.contains(t.low(k))) {
        words++;
        k++;
      } else if (t.isPunct(k, ',') || t.isPunct(k, '?') || t.isPunct(k, '(') || t.isPunct(k, ')')
          || t.isNum(k) && t.length(k) <= 2 && words > 0) {
        k++;
      } else {
        break;
      }
      if (words > 5) {
        return -1;
      }
    }
    if (words == 0 || !t.isNum(k) || t.length(k) != 5) {
      return -1;
    }
    if (t.isPunct(k + 1, '-') && t.touchesPrevious(k + 1) && t.isNum(k + 2) && t.length(k + 2) == 4) {
      return k + 2;
    }
    return k;
  }
}
