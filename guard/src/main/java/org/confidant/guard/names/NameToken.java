package org.confidant.guard.names;

/**
 * One word of a text as the full-name recognizer sees it: a run of letters, possibly joined by
 * inner apostrophes or hyphens ("O'Brien", "García-López"), with a trailing possessive removed.
 *
 * @param start normalized index of the first letter
 * @param end normalized index just past the word (before any possessive "'s")
 * @param key the word lower-cased, accents removed, apostrophes dropped: the lookup key
 * @param cap whether the first letter is upper case
 * @param allUpper whether every letter is upper case (and there are at least two)
 * @param nonAscii whether the word has a letter outside ASCII ("Brkić", "Pesälä")
 * @param gap what separates this word from the previous one (a {@code GAP_*} bit set)
 */
record NameToken(int start, int end, String key, boolean cap, boolean allUpper, boolean nonAscii,
    int gap) {

  /** Only blanks between this word and the previous one. */
  static final int GAP_SPACE = 1;
  /** A line break in the gap, or the text start. */
  static final int GAP_LINE = 2;
  /** A sentence end in the gap: . ! ? ; or an ellipsis. */
  static final int GAP_SENTENCE = 4;
  /** A comma in the gap. */
  static final int GAP_COMMA = 8;
  /** A colon in the gap. */
  static final int GAP_COLON = 16;
  /** The gap starts with a period directly after the previous word ("Dr. Ana", "John F. Kennedy"). */
  static final int GAP_DOT = 32;
  /** Anything else in the gap: digits, brackets, quotes, dashes, symbols, emoji. */
  static final int GAP_OTHER = 64;
  /** A dash (hyphen, en or em dash) in the gap. */
  static final int GAP_DASH = 128;

  /** Whether the gap before this word is blanks only. */
  boolean joined() {
    return gap == GAP_SPACE;
  }

  /** Whether the gap before this word is blanks only, or a period right after an abbreviation. */
  boolean joinedAfterAbbreviation() {
    return (gap & ~(GAP_SPACE | GAP_DOT | GAP_SENTENCE)) == 0 && (gap & GAP_DOT) != 0
        || joined();
  }

  boolean has(int flag) {
    return (gap & flag) != 0;
  }

  int length() {
    return key.length();
  }

  /** A single letter: an initial ("B." in "Mike B."). */
  boolean isInitial() {
    return key.length() == 1;
  }

  boolean lowerCase() {
    return !cap;
  }
}
