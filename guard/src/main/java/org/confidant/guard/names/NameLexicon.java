package org.confidant.guard.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How common a word is as a US given name or surname, from public-domain frequency lists.
 *
 * <p>The lists ship as {@code given.txt.gz} and {@code surnames.txt.gz} beside this class
 * (built by {@code tools/make-name-lists.sh}; sources in NOTICE). Lookups ignore case. The
 * shared instance is loaded once, on first use, and is immutable and thread-safe.
 */
public final class NameLexicon {
  /**
   * Open-addressing table of every listed key: four ints per slot (key hash, given-name count,
   * surname count, 1 + index in {@link #keys}; 0 marks an empty slot), so that a word in no
   * list is usually answered from one cache line.
   */
  private final int[] slots;
  private final String[] keys;
  private final int mask;

  private NameLexicon(Map<String, Integer> given, Map<String, Integer> surnames) {
    Map<String, long[]> all = new HashMap<>(given.size() + surnames.size());
    given.forEach((k, v) -> all.computeIfAbsent(k, x -> new long[2])[0] = v);
    surnames.forEach((k, v) -> all.computeIfAbsent(k, x -> new long[2])[1] = v);
    int cap = 16;
    while (cap < all.size() * 2) {
      cap <<= 1;
    }
    this.slots = new int[cap * 4];
    this.keys = new String[all.size()];
    this.mask = cap - 1;
    int[] next = {0};
    all.forEach((k, v) -> {
      int h = k.hashCode();
      int slot = mix(h) & mask;
      while (slots[slot * 4 + 3] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[next[0]] = k;
      slots[slot * 4] = h;
      slots[slot * 4 + 1] = (int) v[0];
      slots[slot * 4 + 2] = (int) v[1];
      slots[slot * 4 + 3] = ++next[0];
    });
  }

  /** The lexicon built from the shipped lists. */
  public static NameLexicon shared() {
    return Holder.INSTANCE;
  }

  /** A lexicon of the given counts, for tests. Keys may be in any case. */
  public static NameLexicon of(Map<String, Integer> given, Map<String, Integer> surnames) {
    return new NameLexicon(lowerKeys(given), lowerKeys(surnames));
  }

  /** Births with this given name in the list (0 when absent). */
  public int givenCount(String word) {
    int at = slotOf(lower(word));
    return at < 0 ? 0 : slots[at + 1];
  }

  /** People with this surname in the list (0 when absent). */
  public int surnameCount(String word) {
    int at = slotOf(lower(word));
    return at < 0 ? 0 : slots[at + 2];
  }

  /**
   * Both counts of {@code word} with one look-up: the given-name count in the high 32 bits, the
   * surname count in the low 32 bits ({@link #givenOf}, {@link #surnameOf}).
   */
  public long counts(String word) {
    int at = slotOf(lower(word));
    return at < 0 ? 0L : (long) slots[at + 1] << 32 | (slots[at + 2] & 0xFFFFFFFFL);
  }

  /** The given-name count of a {@link #counts} answer. */
  public static int givenOf(long counts) {
    return (int) (counts >>> 32);
  }

  /** The surname count of a {@link #counts} answer. */
  public static int surnameOf(long counts) {
    return (int) counts;
  }

  /** Whether the word is in the given-name list. */
  public boolean isGivenName(String word) {
    return givenCount(word) > 0;
  }

  /** Whether the word is in the surname list. */
  public boolean isSurname(String word) {
    return surnameCount(word) > 0;
  }

  /** {@code word.toLowerCase(Locale.ROOT)}, without the call when it is plain lower-case ASCII. */
  private static String lower(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return word;
  }

  /** The index in {@link #slots} of {@code key}'s slot, or -1. */
  private int slotOf(String key) {
    int h = key.hashCode();
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int at = slot * 4;
      int index = slots[at + 3];
      if (index == 0) {
        return -1;
      }
      if (slots[at] == h && keys[index - 1].equals(key)) {
        return at;
      }
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  private static Map<String, Integer> lowerKeys(Map<String, Integer> m) {
    Map<String, Integer> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  private static Map<String, Integer> load(String resource) {
    try (InputStream raw = NameLexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, Integer> m = new HashMap<>(65536);
      BufferedReader r = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int sp = line.indexOf(' ');
        if (sp > 0) {
          m.put(line.substring(0, sp), Integer.parseInt(line.substring(sp + 1)));
        }
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static final class Holder {
    static final NameLexicon INSTANCE =
        new NameLexicon(load("given.txt.gz"), load("surnames.txt.gz"));
  }
}
