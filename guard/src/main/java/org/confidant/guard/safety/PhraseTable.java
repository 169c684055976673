package org.confidant.guard.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of short word patterns, each with a payload, matched against {@link Words} without
 * regular expressions.
 *
 * <p>A pattern is written as words separated by spaces; {@code a|b} is a choice, a trailing
 * {@code ?} makes an element optional, {@code *} is any one word. Words are written naturally
 * ("what's", "número") and canonicalized like {@link Words} does. The first element must be a
 * plain required choice: patterns are indexed by it, so a lookup costs one hash probe per word.
 * A match never crosses a sentence end.
 *
 * <p>Guarantees: matching at one position costs at most {@code 2^k} steps per pattern, where
 * {@code k} (at most {@value #MAX_OPTIONAL}) is its number of optional elements, so a scan of a
 * text is linear in its length. Immutable after construction and thread-safe to read.
 *
 * @param <T> what a pattern stands for
 */
public final class PhraseTable<T> {
  static final int MAX_OPTIONAL = 4;
  /** How many leading required words after the first a pattern's quick filter checks. */
  private static final int MAX_PREFIX = 4;
  /** The one instance of the wildcard element, compared by identity when matching. */
  private static final String WILDCARD = "*";

  private final Map<String, List<Compiled<T>>> byFirst = new HashMap<>();
  /**
   * The same index as {@code byFirst}, open addressing keyed by the first word's hash (rebuilt
   * after each {@link #add}), so a lookup reuses the hash {@link Words} computed while scanning.
   */
  private String[] firstKeys = new String[0];
  private int[] firstHashes = new int[0];
  private Object[] firstPatterns = new Object[0];
  /** 1,024-bit filter of the first words' hashes: most other words stop here, without a probe. */
  private final long[] firstBloom = new long[16];
  /** Pre-filter: first-word lengths and first chars (below 128; others always probe). */
  private int minFirst = Integer.MAX_VALUE;
  private int maxFirst = 0;
  private final boolean[] firstChar = new boolean[128];

  /** One compiled pattern. */
  /**
   * One compiled pattern. {@code second}: filter bits of the words that may follow the first
   * (those of the elements up to the first required one) when the pattern needs a second word
   * and none of them is a wildcard, else -1; a word lacking these bits cannot continue a match.
   */
  private record Compiled<T>(String[][] choices, int[][] hashes, boolean[] optional, T payload,
      boolean secondRequired, long second, long[] prefix) {}

  /** A match: the payload and the word span {@code [from, to)}. */
  public record Match<T>(T payload, int from, int to) {}

  /**
   * Adds a pattern.
   *
   * @throws IllegalArgumentException when the pattern is empty, starts with an optional element
   *     or a wildcard, or has too many optional elements
   */
  public PhraseTable<T> add(String pattern, T payload) {
    String[] parts = split(pattern.trim(), ' ');
    String[][] choices = new String[parts.length][];
    boolean[] optional = new boolean[parts.length];
    int optionals = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.endsWith("?") && p.length() > 1) {
        optional[i] = true;
        optionals++;
        p = p.substring(0, p.length() - 1);
      }
      String[] alts = split(p, '|');
      for (int a = 0; a < alts.length; a++) {
        alts[a] = canonical(alts[a]);
      }
      choices[i] = alts;
    }
    if (parts.length == 0 || optional[0] || choices[0][0].equals("*")
        || optionals > MAX_OPTIONAL) {
      throw new IllegalArgumentException("bad pattern: " + pattern);
    }
    int[][] hashes = new int[choices.length][];
    for (int i = 0; i < choices.length; i++) {
      hashes[i] = new int[choices[i].length];
      for (int a = 0; a < choices[i].length; a++) {
        hashes[i][a] = choices[i][a].hashCode();
      }
    }
    // The word after the first is consumed by one of the elements up to the first required
    // one; when some element is required and none of those is a wildcard, only their words can
    // follow the first word.
    int firstRequired = 1;
    while (firstRequired < choices.length && optional[firstRequired]) {
      firstRequired++;
    }
    boolean secondRequired = firstRequired < choices.length;
    long second = 0;
    for (int e = 1; secondRequired && e <= firstRequired; e++) {
      for (int a = 0; a < choices[e].length; a++) {
        if (choices[e][a] == WILDCARD) {
          secondRequired = false;
        }
        second |= bit(hashes[e][a]);
      }
    }
    // Elements 1, 2, ... while each is required and has no wildcard: word i + e must carry a
    // filter bit of element e for a match at word i.
    int plain = 1;
    while (plain < choices.length && plain <= MAX_PREFIX && !optional[plain]
        && !Arrays.asList(choices[plain]).contains(WILDCARD)) {
      plain++;
    }
    long[] prefix = new long[plain - 1];
    for (int e = 1; e < plain; e++) {
      for (int a = 0; a < choices[e].length; a++) {
        prefix[e - 1] |= bit(hashes[e][a]);
      }
    }
    Compiled<T> compiled = new Compiled<>(choices, hashes, optional, payload, secondRequired,
        secondRequired ? second : -1L, prefix);
    for (String first : choices[0]) {
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(compiled);
      minFirst = Math.min(minFirst, first.length());
      maxFirst = Math.max(maxFirst, first.length());
      if (!first.isEmpty() && first.charAt(0) < 128) {
        firstChar[first.charAt(0)] = true;
      }
    }
    reindex();
    return this;
  }

  private void reindex() {
    int cap = 8;
    while (cap < byFirst.size() * 4) {
      cap <<= 1;
    }
    String[] keys = new String[cap];
    int[] hashes = new int[cap];
    Object[] patterns = new Object[cap];
    for (Map.Entry<String, List<Compiled<T>>> e : byFirst.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = mix(h) & (cap - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (cap - 1);
      }
      keys[slot] = e.getKey();
      hashes[slot] = h;
      int b = mix(h) >>> 22;
      firstBloom[b >>> 6] |= 1L << b;
      patterns[slot] = e.getValue();
    }
    firstKeys = keys;
    firstHashes = hashes;
    firstPatterns = patterns;
  }

  /** One of 64 filter bits for a word hash. */
  private static long bit(int h) {
    return 1L << (mix(h) >>> 26);
  }

  /** The filter bit of word {@code i + 1} when it is in word {@code i}'s sentence, else 0. */
  private static long nextBit(Words w, int i) {
    return i + 1 < w.size() && w.sentence(i + 1) == w.sentence(i) ? bit(w.hash(i + 1)) : 0L;
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** Adds every pattern in {@code patterns} with the same payload. */
  public PhraseTable<T> addAll(T payload, String... patterns) {
    for (String p : patterns) {
      add(p, payload);
    }
    return this;
  }

  /** Splits on {@code sep}, dropping empty pieces (no regular expressions). */
  static String[] split(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == sep) {
        if (i > from) {
          parts.add(s.substring(from, i));
        }
        from = i + 1;
      }
    }
    return parts.toArray(new String[0]);
  }

  /** Canonical form of a pattern word: lower case, no apostrophes, no Latin accents. */
  static String canonical(String w) {
    if (w.equals("*")) {
      return WILDCARD;
    }
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Words.isApostrophe(c)) {
        continue;
      }
      sb.append(Words.fold(Character.toLowerCase(c)));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The patterns whose first element may be word {@code i}, or null (cheap checks first). */
  private List<Compiled<T>> candidates(Words w, int i) {
    String x = w.word(i);
    int len = x.length();
    if (len > 0) {
      if (len < minFirst || len > maxFirst) {
        return null;
      }
      char c = x.charAt(0);
      if (c < 128 && !firstChar[c]) {
        return null;
      }
    }
    int h = w.hash(i);
    int b = mix(h) >>> 22;
    if ((firstBloom[b >>> 6] & (1L << b)) == 0) {
      return null;
    }
    String[] keys = firstKeys;
    int mask = keys.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return null;
      }
      if (firstHashes[slot] == h && k.equals(x)) {
        @SuppressWarnings("unchecked")
        List<Compiled<T>> found = (List<Compiled<T>>) firstPatterns[slot];
        return found;
      }
    }
  }

  /** Adds to {@code out} every pattern that matches starting at word {@code i}. */
  public void matchAt(Words w, int i, List<Match<T>> out) {
    List<Compiled<T>> candidates = candidates(w, i);
    if (candidates == null) {
      return;
    }
    long next = nextBit(w, i);
    for (Compiled<T> p : candidates) {
      if ((p.secondRequired() && (p.second() & next) == 0) || !prefixMayMatch(p, w, i)) {
        continue; // the next words cannot match: no match, as match() would find
      }
      int to = match(p, 1, i + 1, w, w.sentence(i));
      if (to >= 0) {
        out.add(new Match<>(p.payload(), i, to));
      }
    }
  }

  /** All matches over the whole text, in word order. */
  public List<Match<T>> matchAll(Words w) {
    List<Match<T>> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      matchAt(w, i, out);
    }
    return out;
  }

  /** Whether some pattern matches starting at word {@code i}; returns its end or -1. */
  public int endOfMatchAt(Words w, int i) {
    List<Compiled<T>> candidates = candidates(w, i);
    if (candidates == null) {
      return -1;
    }
    int best = -1;
    long next = nextBit(w, i);
    for (Compiled<T> p : candidates) {
      if ((p.secondRequired() && (p.second() & next) == 0) || !prefixMayMatch(p, w, i)) {
        continue;
      }
      best = Math.max(best, match(p, 1, i + 1, w, w.sentence(i)));
    }
    return best;
  }

  /** Whether some pattern matches at any start in {@code [from, to)}. */
  public boolean anyIn(Words w, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
      if (endOfMatchAt(w, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** False when a required leading element after the first cannot take its word at {@code i}. */
  private static boolean prefixMayMatch(Compiled<?> p, Words w, int i) {
    long[] prefix = p.prefix();
    int sentence = w.sentence(i);
    for (int e = 2; e <= prefix.length; e++) {
      int j = i + e;
      if (j >= w.size() || w.sentence(j) != sentence || (prefix[e - 1] & bit(w.hash(j))) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Longest match of element {@code e} onward at word {@code i}; the end word index or -1. */
  private int match(Compiled<T> p, int e, int i, Words w, int sentence) {
    if (e == p.choices().length) {
      return i;
    }
    int best = -1;
    if (i < w.size() && w.sentence(i) == sentence
        && accepts(p.choices()[e], p.hashes()[e], w.word(i), w.hash(i))) {
      best = match(p, e + 1, i + 1, w, sentence);
    }
    if (p.optional()[e]) {
      best = Math.max(best, match(p, e + 1, i, w, sentence));
    }
    return best;
  }

  private static boolean accepts(String[] choice, int[] hashes, String word, int h) {
    // h: the word's hash from Words, hashes: the choice words' own.
    for (int a = 0; a < choice.length; a++) {
      String c = choice[a];
      if (c == WILDCARD || (hashes[a] == h && c.equals(word))) {
        return true;
      }
    }
    return false;
  }
}
