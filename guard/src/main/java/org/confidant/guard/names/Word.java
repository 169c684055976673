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
  private final int flags;
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

  /** Memo of whether a known person has this word as first name: 0 not looked up, 1 no, 2 yes. */
  byte knownFirst;

  /** The word of {@code key}, whose {@link String#hashCode()} is {@code hash}. */
  Word(String key, int hash) {
    this.key = key;
    this.flags = Lists.TABLE.flags(key, hash);
  }

  /** Whether this word is in the list {@code flag} (one of the constants above). */
  boolean is(int flag) {
    return (flags & flag) != 0;
  }

  /**
   * All the word lists of {@link NameWords} in one open-addressing table from key to its
   * list bits, so that a word is looked up once instead of once per list. Immutable.
   */
  private static final class Lists {
    static final Lists TABLE = new Lists();

    private final String[] keys;
    private final int[] hashes;
    private final int[] bits;
    private final int mask;

    private Lists() {
      java.util.Map<String, Integer> all = new java.util.HashMap<>();
      add(all, NameWords.COMMON, COMMON);
      add(all, NameWords.TITLES, TITLE);
      add(all, NameWords.PARTICLES, PARTICLE);
      add(all, NameWords.DOUBLE_FIRST, DOUBLE_FIRST);
      add(all, NameWords.PLACE_PREFIXES, PLACE_PREFIX);
      add(all, NameWords.PLACE_SUFFIXES, PLACE_SUFFIX);
      add(all, NameWords.CUES_BEFORE, CUE_BEFORE);
      add(all, NameWords.CUES_AFTER, CUE_AFTER);
      add(all, NameEvidence.NAMING, NAMING);
      int cap = 16;
      while (cap < all.size() * 4) {
        cap <<= 1;
      }
      keys = new String[cap];
      hashes = new int[cap];
      bits = new int[cap];
      mask = cap - 1;
      all.forEach((k, v) -> {
        int h = k.hashCode();
        int slot = mix(h) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        hashes[slot] = h;
        bits[slot] = v;
      });
    }

    private static void add(java.util.Map<String, Integer> all, java.util.Set<String> list,
        int bit) {
      for (String k : list) {
        all.merge(k, bit, (x, y) -> x | y);
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B1;
      return h ^ (h >>> 15);
    }

    /** The list bits of {@code key}, whose hash is {@code h}; 0 when in no list. */
    int flags(String key, int h) {
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        String k = keys[slot];
        if (k == null) {
          return 0;
        }
        if (hashes[slot] == h && k.equals(key)) {
          return bits[slot];
        }
      }
    }
  }
}
