package org.confidant.guard.personal;

import static org.confidant.guard.personal.AddressWords.NOT_NAME;
import static org.confidant.guard.personal.AddressWords.TYPES;

import org.confidant.guard.personal.AddressRecognizer.Match;

/**
 * The smaller address forms: a flat alone ("apartment 4C"), a street corner, a PO box, and a
 * street name followed by "number 12". Each reader looks ahead a bounded number of tokens from
 * the word that starts the form and returns {@code null} when the form is not there.
 */
final class AddressForms {
  private AddressForms() {}

  /** "apartment 4C", "apt #12", "depto 5B". */
  static Match unitAlone(DetailTokens t, int i) {
    int j = i + 1;
    while (t.isPunct(j, '.') || t.isPunct(j, '#') || t.isPunct(j, ',')) {
      j++;
    }
    boolean id = t.isNum(j) && t.length(j) <= 5 || t.isMixed(j) && t.length(j) <= 5
        || t.isWord(j) && t.length(j) == 1 && t.isCapitalized(j) && !t.low(j).equals("a")
        && !t.low(j).equals("i");
    if (!id || j > i + 2) {
      return null;
    }
    String w = t.low(i);
    boolean weak = w.equals("unit") || w.equals("suite") || w.equals("ste");
    return new Match(i, j, 0.6, weak);
  }
  /** "corner of 5th and Main", "esquina de Olmo y Reforma", said of a home. */
  static Match corner(DetailTokens t, int i) {
    String of = t.low(i + 1);
    if (!(of.equals("of") || of.equals("de") || of.equals("entre"))) {
      return null;
    }
    for (int j = i + 2; j < t.size() && j <= i + 7; j++) {
      String w = t.low(j);
      if (w.equals("and") || w.equals("y") || t.isPunct(j, '&')) {
        int k = j + 1;
        boolean name = t.isWord(k) && (t.isCapitalized(k) || !NOT_NAME.contains(t.low(k)))
            || t.isMixed(k) && AddressRecognizer.isOrdinalStreet(t, k);
        if (!name || j == i + 2) {
          return null;
        }
        if (TYPES.contains(t.low(k + 1))) {
          k++;
        }
        return new Match(i, k, 0.6, true);
      }
      if (!(t.isWord(j) || t.isMixed(j) || t.isPunct(j, '.')) || NOT_NAME.contains(w)
          && !w.equals("the")) {
        return null;
      }
    }
    return null;
  }
  /** "P.O. Box 123", "PO Box 123", "apartado postal 45". */
  static Match poBox(DetailTokens t, int i) {
    int j = i;
    String w = t.low(i);
    if (w.equals("p")) {
      // "p.o." or "p o"
      j = t.isPunct(j + 1, '.') ? j + 2 : j + 1;
      if (!t.low(j).equals("o")) {
        return null;
      }
      j = t.isPunct(j + 1, '.') ? j + 2 : j + 1;
    } else if (w.equals("po")) {
      j = t.isPunct(j + 1, '.') ? j + 2 : j + 1;
    } else if (w.equals("apartado")) {
      j = t.low(j + 1).equals("postal") ? j + 2 : j + 1;
      return t.isNum(j) ? new Match(i, j, 0.8, false) : null;
    } else {
      // "box" alone: only "box 123" after a mail cue.
      return null;
    }
    if (!t.low(j).equals("box")) {
      return null;
    }
    j++;
    if (t.isPunct(j, '#')) {
      j++;
    }
    return t.isNum(j) ? new Match(i, j, 0.85, false) : null;
  }
  /** "on Birch, number 12": a street name, then its house number spelled out as "number". */
  static Match numberAfterStreet(DetailTokens t, int i) {
    int num = i + 1;
    if (!t.isNum(num) || t.length(num) > 5) {
      return null;
    }
    int k = i - 1;
    if (t.isPunct(k, ',')) {
      k--;
    }
    if (!t.isWord(k) || !t.isCapitalized(k) || NOT_NAME.contains(t.low(k))) {
      return null;
    }
    int first = k;
    if (TYPES.contains(t.low(k)) && t.isWord(k - 1) && t.isCapitalized(k - 1)) {
      first = k - 1;
    }
    String before = t.low(first - 1);
    if (!(before.equals("on") || before.equals("en") || before.equals("calle"))) {
      return null;
    }
    return new Match(first, num, 0.6, true);
  }}
