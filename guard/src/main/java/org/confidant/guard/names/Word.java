package org.confidant.guard.names;

/**
 * One distinct lookup key of a text, shared by all its occurrences in one tokenisation, with the
 * answers of the word lists and the lexicon computed once, on first use.
 *
 * <p>Not thread-safe: made and used within one call on one thread.
 */
final class Word {
  static final int COMMON = 1;
  static final int TITLE = 1 << 1;
  static final int PARTICLE = 1 << 2;
  static final int DOUBLE_FIRST = 1 << 3;
  static final int PLACE_PREFIX = 1 << 4;
  static final int PLACE_SUFFIX = 1 << 5;
  static final int CUE_BEFORE = 1 << 6;
  static final int CUE_AFTER = 1 << 7;
  static final int NAMING = 1 << 8;

  final String key;
  private int flags = -1;
  /** Memo of {@link NameEvidence#given}; -1 until computed. */
  int given = -1;
  /** Memo of {@link NameEvidence#surname}; -1 until computed. */
  int surname = -1;
  /** Memo of the public figures' names starting with this word; null until looked up. */
  String[][] figureNames;
  /** Memo: the public figures' shared instance of this key, null when no listed name has it. */
  String figureKey;
  /** Whether {@link #figureKey} has been looked up. */
  boolean figureLooked;

  Word(String key) {
    this.key = key;
  }

  /** Whether this word is in the list {@code flag} (one of the constants above). */
  boolean is(int flag) {
    int f = flags;
    if (f < 0) {
      f = computeFlags(key);
      flags = f;
    }
    return (f & flag) != 0;
  }

  private static int computeFlags(String key) {
    int f = 0;
    if (NameWords.COMMON.contains(key)) {
      f |= COMMON;
    }
    if (NameWords.TITLES.contains(key)) {
      f |= TITLE;
    }
    if (NameWords.PARTICLES.contains(key)) {
      f |= PARTICLE;
    }
    if (NameWords.DOUBLE_FIRST.contains(key)) {
      f |= DOUBLE_FIRST;
    }
    if (NameWords.PLACE_PREFIXES.contains(key)) {
      f |= PLACE_PREFIX;
    }
    if (NameWords.PLACE_SUFFIXES.contains(key)) {
      f |= PLACE_SUFFIX;
    }
    if (NameWords.CUES_BEFORE.contains(key)) {
      f |= CUE_BEFORE;
    }
    if (NameWords.CUES_AFTER.contains(key)) {
      f |= CUE_AFTER;
    }
    if (NameEvidence.NAMING.contains(key)) {
      f |= NAMING;
    }
    return f;
  }
}
