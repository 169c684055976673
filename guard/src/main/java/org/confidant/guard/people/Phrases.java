package org.confidant.guard.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confidant.guard.text.WordTable;

/**
 * A small phrase dictionary matched word by word over {@link Tokens}, in linear time.
 *
 * <p>A word written with a possessive "'s" also matches its bare form. A phrase is written as words separated by spaces; each word is a key ("drinking"), a set
 * of alternatives ("his|her"), a prefix ending in {@code *} ("relaps*", at least three letters
 * before the star) or {@code ?} (any one word). A phrase may end with {@code !a|b}: then the
 * word right after the match must not be one of those. Keys are compared with
 * {@link Tokens#key} forms (lower case, no accents, straight apostrophes). Phrases hold at most
 * eight words, and each word position tries only the phrases indexed under its key or one of
 * its prefixes, so matching is linear in the text.
 *
 * @param <T> the label carried by each phrase
 */
public final class Phrases<T> {
  private static final int MAX_PREFIX = 12;

  /** A match: words {@code [first, last]} carry {@code label}. */
  public record Match<T>(int first, int last, T label) {}

  private record Entry<T>(String[][] words, boolean[] prefix, Set<String> notNext, T label,
      boolean anyNotNext) {}

  private static final Entry<?>[] NONE = new Entry<?>[0];

  private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
  private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
  private final List<Entry<T>> anyFirst = new ArrayList<>();
  private final java.util.Set<String> prefixHeads = new java.util.HashSet<>();
  private int longestPrefix = 0;
  private long[] headCodes = new long[0];
  /** The keys of {@link #byKey} and {@link #byPrefix}, for lookups by a word's known hash. */
  private WordTable firstKeys = WordTable.of();
  private WordTable prefixKeys = WordTable.of();

  private static long headCode(String k) {
    return ((long) k.charAt(0) << 32) | ((long) k.charAt(1) << 16) | k.charAt(2);
  }

  /** Whether {@code k} (three or more chars) starts with the first three letters of a prefix. */
  private boolean hasHead(String k) {
    return headCodes.length > 0 && Arrays.binarySearch(headCodes, headCode(k)) >= 0;
  }

  /** Adds every phrase in {@code phrases} with {@code label}. */
  public Phrases<T> add(T label, String... phrases) {
    for (String p : phrases) {
      addOne(label, p);
    }
    firstKeys = WordTable.copyOf(byKey.keySet());
    prefixKeys = WordTable.copyOf(byPrefix.keySet());
    return this;
  }

  private void addOne(T label, String phrase) {
    String body = phrase.trim();
    Set<String> notNext = Words.set();
    int bang = body.indexOf(" !");
    if (bang >= 0) {
      notNext = Words.set(body.substring(bang + 2).trim().split("\\|"));
      body = body.substring(0, bang).trim();
    }
    String[] parts = body.split(" +");
    if (parts.length == 0 || parts.length > 8) {
      throw new IllegalArgumentException("bad phrase: " + phrase);
    }
    String[][] words = new String[parts.length][];
    boolean[] prefix = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      if (w.endsWith("*") && w.length() > 3) {
        prefix[i] = true;
        w = w.substring(0, w.length() - 1);
      }
      words[i] = w.split("\\|");
    }
    Entry<T> e = new Entry<>(words, prefix, notNext, label, !notNext.isEmpty());
    if (words[0].length == 1 && words[0][0].equals("?")) {
      anyFirst.add(e);
      return;
    }
    Map<String, List<Entry<T>>> index = prefix[0] ? byPrefix : byKey;
    for (String w : words[0]) {
      if (prefix[0] && w.length() > MAX_PREFIX) {
        throw new IllegalArgumentException("prefix too long: " + phrase);
      }
      index.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
      if (prefix[0]) {
        prefixHeads.add(w.substring(0, 3));
        long[] codes = new long[prefixHeads.size()];
        int n = 0;
        for (String h : prefixHeads) {
          codes[n++] = headCode(h);
        }
        Arrays.sort(codes);
        headCodes = codes;
        longestPrefix = Math.max(longestPrefix, w.length());
      }
    }
  }

  /** Every match in {@code t}, in text order; overlapping matches are all reported. */
  public List<Match<T>> find(Tokens t) {
    List<Match<T>> out = new ArrayList<>();
    // The phrases a word may start depend only on its key: gather them once per distinct key.
    Entry<?>[][] byWord = new Entry<?>[t.words()][];
    List<Entry<T>> scratch = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int w = t.word(i);
      Entry<?>[] cands = byWord[w];
      if (cands == null) {
        scratch.clear();
        candidates(t.key(i), t.hashOfWord(w), t.baseOfWord(w), scratch);
        cands = scratch.isEmpty() ? NONE : scratch.toArray(NONE);
        byWord[w] = cands;
      }
      for (Entry<?> e : cands) {
        @SuppressWarnings("unchecked")
        Entry<T> entry = (Entry<T>) e;
        tryEntry(t, i, entry, out);
      }
    }
    return out;
  }

  /** The matches that start at word {@code i}. */
  public void matchAt(Tokens t, int i, List<Match<T>> out) {
    List<Entry<T>> cands = new ArrayList<>();
    candidates(t.key(i), t.get(i).base(), cands);
    for (Entry<T> e : cands) {
      tryEntry(t, i, e, out);
    }
  }

  /** As {@link #candidates(String, String, List)}, given {@code hash == k.hashCode()}. */
  private void candidates(String k, int hash, String base, List<Entry<T>> out) {
    String exact = firstKeys.lookupRegion(k, 0, k.length(), hash);
    if (exact != null) {
      out.addAll(byKey.get(exact));
    }
    if (base != k && !base.equals(k) && firstKeys.contains(base)) {
      out.addAll(byKey.get(base));
    }
    int longest = k.length() >= 3 && hasHead(k)
        ? Math.min(longestPrefix, k.length()) : 0;
    if (longest >= 3) {
      int h = (31 * k.charAt(0) + k.charAt(1)) * 31 + k.charAt(2);
      for (int len = 3; len <= longest; len++) {
        if (len > 3) {
          h = 31 * h + k.charAt(len - 1);
        }
        String pre = prefixKeys.lookupRegion(k, 0, len, h);
        if (pre != null) {
          out.addAll(byPrefix.get(pre));
        }
      }
    }
    if (!anyFirst.isEmpty()) {
      out.addAll(anyFirst);
    }
  }

  /** The phrases to try at a word of key {@code k} and base {@code base}, in trying order. */
  private void candidates(String k, String base, List<Entry<T>> out) {
    List<Entry<T>> exact = byKey.get(k);
    if (exact != null) {
      out.addAll(exact);
    }
    if (!base.equals(k) && byKey.get(base) != null) {
      out.addAll(byKey.get(base));
    }
    int longest = k.length() >= 3 && hasHead(k)
        ? Math.min(longestPrefix, k.length()) : 0;
    for (int len = 3; len <= longest; len++) {
      List<Entry<T>> pre = byPrefix.get(k.substring(0, len));
      if (pre != null) {
        out.addAll(pre);
      }
    }
    out.addAll(anyFirst);
  }

  private void tryEntry(Tokens t, int i, Entry<T> e, List<Match<T>> out) {
    int n = e.words().length;
    if (i + n > t.size()) {
      return;
    }
    for (int j = 0; j < n; j++) {
      Token tok = t.get(i + j);
      if (!wordMatches(tok.key(), e.words()[j], e.prefix()[j])
          && (!tok.possessive() || !wordMatches(tok.base(), e.words()[j], e.prefix()[j]))) {
        return;
      }
    }
    if (e.anyNotNext() && e.notNext().contains(t.key(i + n))) {
      return;
    }
    out.add(new Match<>(i, i + n - 1, e.label()));
  }

  private static boolean wordMatches(String key, String[] alternatives, boolean prefix) {
    for (String a : alternatives) {
      if (a.equals("?") || (prefix ? key.startsWith(a) : key.equals(a))) {
        return true;
      }
    }
    return false;
  }
}
