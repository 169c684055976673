package org.confidant.guard.names;

/**
 * One word of a text as the full-name recognizer sees it: a run of letters, possibly joined by
 * inner apostrophes or hyphens ("O'Brien", "García-López"), with a trailing possessive removed.
 *
 * <p>Fields: {@code start} normalized index of the first letter; {@code end} normalized index
 * just past the word (before any possessive "'s"); {@code key} the word lower-cased, accents
 * removed, apostrophes dropped: the lookup key (shared, with its list answers, through
 * {@link #word()}); {@code cap} whether the first letter is upper case; {@code allUpper} whether
 * every letter is upper case (and there are at least two); {@code nonAscii} whether the word has
 * a letter outside ASCII ("Brkić", "Pesälä"); {@code gap} what separates this word from the
 * previous one (a {@code GAP_*} bit set).
 */
final class NameToken {

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

  private final int start;
  private final int end;
  private final Word word;
  private final boolean cap;
  private final boolean allUpper;
  private final boolean nonAscii;
  private final int gap;

  NameToken(int start, int end, Word word, boolean cap, boolean allUpper, boolean nonAscii,
      int gap) {
    this.start = start;
    this.end = end;
    this.word = word;
    this.cap = cap;
    this.allUpper = allUpper;
    this.nonAscii = nonAscii;
    this.gap = gap;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String key() {
    return word.key;
  }

  Word word() {
    return word;
  }

  boolean cap() {
    return cap;
  }

  boolean allUpper() {
    return allUpper;
  }

  boolean nonAscii() {
    return nonAscii;
  }

  int gap() {
    return gap;
  }

  /** Whether this word is in the word list {@code flag} ({@code Word.TITLE}, ...). */
  boolean is(int flag) {
    return word.is(flag);
  }

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
    return word.key.length();
  }

  /** A single letter: an initial ("B." in "Mike B."). */
  boolean isInitial() {
    return word.key.length() == 1;
  }

  boolean lowerCase() {
    return !cap;
  }
}
