package org.confidant.guard.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;

/**
 * A {@link ShareIndex} of keyed fingerprints of word pairs, which finds near copies and close
 * paraphrases of shares without holding their text.
 *
 * <p><b>Fingerprints.</b> A text is reduced to content terms ({@link Terms}: lower-cased, accents
 * folded, stop words dropped, light English/Spanish stemming, a few synonyms), so "I've been
 * drinking in my car" and "they've been drinking in their car" give the same terms. Every term
 * gets a keyed 64-bit value: SipHash-2-4 of its UTF-8 bytes under a 128-bit term key derived once
 * per {@link FingerprintKey} from its secret (HMAC-SHA256 over a fixed label). Every unordered
 * pair of terms at most {@value #GAP} terms apart gets a 64-bit fingerprint mixed from its two
 * term values. A share is stored as the sorted, de-duplicated set of its pair fingerprints: no
 * words, no order, no positions and no counts are kept.
 *
 * <p><b>Matching.</b> The text's pair fingerprints are looked up; for each share, the window of
 * the text (at most about twice the share's length in terms) holding the most distinct
 * fingerprints of that share is found, and the share matches when that window holds at least
 * {@value #MIN_HITS} of them and at least {@value #MIN_CONTAINMENT} of all the share's
 * fingerprints (containment), or at least {@value #STRONG_HITS} whatever the share's length (a
 * long passage copied from a long share). The match's span runs from the first to the last
 * matched word in that window. Pairs rather than longer shingles, and gaps of one skipped term,
 * keep paraphrases that reorder a clause or insert a word ("owes the IRS like 40 grand")
 * matchable; the containment threshold keeps shared themes ("my son", "lost my job") from
 * matching on their own. The threshold cannot tell a member repeating their <em>own</em> share
 * from someone repeating another's: the index does not know who said what.
 *
 * <p><b>Privacy trade-off.</b> Without the key the index cannot reproduce a share or test a
 * guess against it: it holds only 64-bit values mixed from keyed term values, sorted, with no
 * words, no order, no positions and no repetition counts (only the number of fingerprints per
 * share, roughly its length in content words, is kept). The key is the whole protection.
 * Fingerprints of short units are dictionary-attackable: single-word fingerprints would fall to
 * hashing a word list, and even word pairs would fall to hashing every pair of a stemmed
 * vocabulary (some 10^9 values, feasible offline), after which the overlapping pairs let much of
 * a share's content words be pieced back together. Hence: a keyed pseudo-random function (never
 * plain hashes), pairs rather than single words, stop words and slogans never fingerprinted, the
 * key stored apart from the fingerprints (never in the same table or backup), and the key
 * destroyed when the share's retention (30 days after the meeting closes) ends, which turns the
 * stored values into noise. Longer shingles would resist a leaked key better but miss the
 * paraphrases this index exists to catch; that is the trade-off chosen.
 *
 * <p><b>Why SipHash.</b> Term values were HMAC-SHA256 (truncated to 64 bits) until the guard had
 * to check a message in well under a millisecond; one HMAC per distinct word was a large share of
 * that. SipHash-2-4 is a keyed pseudo-random function as well, built for short inputs and far
 * cheaper, and it gives the index the same protection: without the key no one can compute a
 * term's value, so a leaked fingerprint table cannot be reversed or tested by hashing a
 * dictionary. What is given up: SipHash rests on a 128-bit key (not the full 256-bit secret) and
 * on a younger, less studied design than HMAC-SHA256; its output is 64 bits, as the truncated
 * HMAC's was, so term collisions stay as rare as before. The term key is derived from the secret
 * with HMAC-SHA256, so the secret itself never enters SipHash, and {@link FingerprintKey#destroy}
 * wipes it with the secret. Fingerprints stored under the HMAC scheme do not match texts checked
 * under this one: stored fingerprints must be recomputed from the shares (or left to expire)
 * when this version is deployed.
 *
 * <p>Fellowship slogans ("keep coming back") are removed before pairing, and a fingerprint found
 * in more than {@value #MAX_SHARES_PER_FINGERPRINT} shares is ignored as common talk; both keep
 * stock phrases from matching and bound the work per word.
 *
 * <p>Immutable and thread-safe once built. Matching runs in time linear in the text's length:
 * one SipHash per distinct word and at most {@value #GAP} look-ups per term, each touching at most
 * {@value #MAX_SHARES_PER_FINGERPRINT} shares.
 */
public final class FingerprintIndex implements ShareIndex {
  /** Pairs are made of terms at most this far apart (1 = adjacent). */
  static final int GAP = 2;
  static final int MIN_HITS = 3;
  static final double MIN_CONTAINMENT = 0.2;
  static final int STRONG_HITS = 8;

  /** Term sequences of fellowship slogans, keyed by their first term; never fingerprinted. */
  private static final Map<String, List<List<String>>> SLOGANS = slogans();
  /** The first terms of the slogans, checked before {@link #SLOGANS} (cheap to rule out). */
  private static final Set<String> SLOGAN_HEADS =
      org.confidant.guard.text.WordTable.copyOf(SLOGANS.keySet());
  /** A fingerprint found in more shares than this is common talk, not one share: ignored. */
  static final int MAX_SHARES_PER_FINGERPRINT = 16;

  private static final Normalizer NORMALIZER = new Normalizer();

  private final FingerprintKey key;
  private final Postings postings;
  private final int[] shareSizes;

  private FingerprintIndex(FingerprintKey key, Postings postings, int[] sizes) {
    this.key = key;
    this.postings = postings;
    this.shareSizes = sizes;
  }

  /** Starts an index whose fingerprints are keyed with {@code key}. */
  public static Builder builder(FingerprintKey key) {
    return new Builder(key);
  }

  /** An index of {@code shares} under a fresh random key (for one-off checks). */
  public static FingerprintIndex of(Collection<String> shares) {
    Builder b = builder(FingerprintKey.random());
    shares.forEach(b::add);
    return b.build();
  }

  /**
   * The keyed fingerprints of {@code text}, for storing a share's fingerprints: sorted and
   * distinct, so they reveal neither order nor repetition. Never throws on any text.
   *
   * @throws IllegalStateException when {@code key} was destroyed
   */
  public static long[] fingerprints(FingerprintKey key, String text) {
    // The share goes through the same normaliser as the messages it will be compared with
    // (spelled-out numbers, look-alike letters), so both sides give the same terms.
    String normalized = text == null ? "" : NORMALIZER.normalize(text).text();
    Terms.Seq terms = contentTerms(new Tokens(normalized));
    long[] hashes = termHashes(key.hasher(), terms);
    Set<Long> out = new HashSet<>();
    for (int i = 0; i < hashes.length; i++) {
      for (int g = 1; g <= GAP && i + g < hashes.length; g++) {
        out.add(pair(hashes[i], hashes[i + g]));
      }
    }
    long[] a = new long[out.size()];
    int k = 0;
    for (long v : out) {
      a[k++] = v;
    }
    Arrays.sort(a);
    return a;
  }

  /** Number of shares in the index. */
  public int size() {
    return shareSizes.length;
  }

  @Override
  public boolean isEmpty() {
    return shareSizes.length == 0;
  }

  @Override
  public List<ShareMatch> matches(NormalizedText text) {
    return matches(new Tokens(text.text()));
  }

  /** {@link #matches(NormalizedText)} of an already tokenized normalized text. */
  List<ShareMatch> matches(Tokens text) {
    List<ShareMatch> out = new ArrayList<>();
    for (Window w : windows(text)) {
      if (w.isMatch()) {
        out.add(new ShareMatch(w.start(), w.end(), Math.min(1, w.containment())));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The densest window of each share that has any fingerprint in {@code text}, matching or not.
   *
   * @param distinct distinct share fingerprints in the window
   * @param size the share's number of fingerprints
   * @param start first char of the window's first matched word
   * @param end char just past the window's last matched word
   */
  record Window(int distinct, int size, int start, int end) {
    double containment() {
      return size == 0 ? 0 : (double) distinct / size;
    }

    boolean isMatch() {
      return distinct >= STRONG_HITS || (distinct >= MIN_HITS && containment() >= MIN_CONTAINMENT);
    }
  }

  List<Window> windows(String text) {
    return windows(new Tokens(text));
  }

  private List<Window> windows(Tokens text) {
    if (isEmpty() || key.isDestroyed()) {
      return List.of();
    }
    TermHasher hasher;
    try {
      hasher = key.hasher();
    } catch (IllegalStateException destroyedMeanwhile) {
      return List.of();
    }
    Terms.Seq terms = contentTerms(text);
    long[] hashes = termHashes(hasher, terms);
    Map<Integer, Hits> byShare = new HashMap<>();
    for (int i = 0; i < hashes.length; i++) {
      for (int g = 1; g <= GAP && i + g < hashes.length; g++) {
        long fp = pair(hashes[i], hashes[i + g]);
        int[] ids = postings.get(fp);
        if (ids == null || ids.length > MAX_SHARES_PER_FINGERPRINT) {
          continue;
        }
        for (int id : ids) {
          byShare.computeIfAbsent(id, x -> new Hits()).add(fp, i, i + g);
        }
      }
    }
    List<Window> out = new ArrayList<>();
    for (Map.Entry<Integer, Hits> e : byShare.entrySet()) {
      out.add(densest(e.getValue(), shareSizes[e.getKey()], terms));
    }
    return out;
  }

  /** The window of one share's hits holding the most distinct fingerprints. */
  private static Window densest(Hits h, int size, Terms.Seq terms) {
    int width = Math.max(10, size + 3);
    Map<Long, Integer> counts = new HashMap<>();
    int left = 0;
    int bestDistinct = 0;
    int bestLeft = 0;
    int bestRight = 0;
    for (int r = 0; r < h.n; r++) {
      counts.merge(h.fp[r], 1, Integer::sum);
      while (h.end[r] - h.start[left] > width) {
        counts.computeIfPresent(h.fp[left], (k, v) -> v == 1 ? null : v - 1);
        left++;
      }
      if (counts.size() > bestDistinct) {
        bestDistinct = counts.size();
        bestLeft = left;
        bestRight = r;
      }
    }
    int lastTerm = h.end[bestLeft];
    for (int k = bestLeft; k <= bestRight; k++) {
      lastTerm = Math.max(lastTerm, h.end[k]);
    }
    return new Window(bestDistinct, size, terms.start()[h.start[bestLeft]],
        terms.end()[lastTerm]);
  }

  /** The content terms of {@code text} without the fellowship slogans it quotes. */
  static Terms.Seq contentTerms(Tokens text) {
    Terms.Seq terms = Terms.of(text);
    String[] term = terms.term();
    int size = terms.size();
    boolean[] drop = null;
    int[] word = terms.word();
    // whether each distinct word's term starts a slogan: 0 not known yet, 1 no, 2 yes
    byte[] head = new byte[text.words.count];
    for (int i = 0; i < size; i++) {
      int w = word[i];
      if (head[w] == 0) {
        head[w] = SLOGAN_HEADS.contains(term[i]) ? (byte) 2 : 1;
      }
      if (head[w] == 1) {
        continue;
      }
      List<List<String>> candidates = SLOGANS.get(term[i]);
      for (List<String> slogan : candidates) {
        int n = slogan.size();
        boolean all = i + n <= size;
        for (int k = 1; all && k < n; k++) {
          all = term[i + k].equals(slogan.get(k));
        }
        if (all) {
          if (drop == null) {
            drop = new boolean[size];
          }
          for (int k = 0; k < n; k++) {
            drop[i + k] = true;
          }
        }
      }
    }
    if (drop == null) {
      return terms;
    }
    int[] start = terms.start();
    int[] end = terms.end();
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (!drop[i]) { // compacted in place: the array is this call's own
        term[n] = term[i];
        start[n] = start[i];
        end[n] = end[i];
        word[n] = word[i];
        n++;
      }
    }
    return new Terms.Seq(term, start, end, word, n);
  }

  private static Map<String, List<List<String>>> slogans() {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String slogan : Lexicon.SLOGANS) {
      List<String> t = Terms.of(slogan).stream().map(Terms.Term::term).toList();
      if (t.size() >= 2) {
        out.computeIfAbsent(t.get(0), x -> new ArrayList<>()).add(t);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** Each term's keyed value, computed once per distinct word of the text. */
  private static long[] termHashes(TermHasher hasher, Terms.Seq terms) {
    int[] word = terms.word();
    int distinct = 0;
    for (int i = 0; i < terms.size(); i++) {
      distinct = Math.max(distinct, word[i] + 1);
    }
    long[] byWord = new long[distinct];
    boolean[] done = new boolean[distinct];
    long[] out = new long[terms.size()];
    for (int i = 0; i < out.length; i++) {
      int w = word[i];
      if (!done[w]) {
        byWord[w] = hasher.hash(terms.term()[i]);
        done[w] = true;
      }
      out[i] = byWord[w];
    }
    return out;
  }

  /**
   * A 64-bit fingerprint of the unordered pair {a, b} of keyed term values: a bijective 64-bit
   * mix (MurmurHash3's finaliser) of a non-symmetric combination of the smaller and the larger.
   */
  static long pair(long a, long b) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    long x = lo * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(hi, 29) * 0xC2B2AE3D27D4EB4FL;
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    x ^= x >>> 33;
    return x;
  }

  /** Hits of one share in text order: fingerprint and the term span of the pair. */
  private static final class Hits {
    long[] fp = new long[8];
    int[] start = new int[8];
    int[] end = new int[8];
    int n;

    void add(long f, int s, int e) {
      if (n == fp.length) {
        fp = Arrays.copyOf(fp, n * 2);
        start = Arrays.copyOf(start, n * 2);
        end = Arrays.copyOf(end, n * 2);
      }
      fp[n] = f;
      start[n] = s;
      end[n] = e;
      n++;
    }
  }

  /** Builds a {@link FingerprintIndex}; not thread-safe, the index it builds is. */
  public static final class Builder {
    private final FingerprintKey key;
    private final Map<Long, List<Integer>> postings = new HashMap<>();
    private final List<Integer> sizes = new ArrayList<>();

    private Builder(FingerprintKey key) {
      this.key = key;
    }

    /** Adds a share by its text; the text itself is not kept. */
    public Builder add(String shareText) {
      return addFingerprints(fingerprints(key, shareText));
    }

    /** Adds a share by fingerprints made earlier under the same key (duplicates ignored). */
    public Builder addFingerprints(long[] fingerprints) {
      int id = sizes.size();
      Set<Long> seen = new HashSet<>();
      for (long f : fingerprints) {
        if (seen.add(f)) {
          postings.computeIfAbsent(f, x -> new ArrayList<>(1)).add(id);
        }
      }
      sizes.add(seen.size());
      return this;
    }

    /** The index of every share added so far. */
    public FingerprintIndex build() {
      Map<Long, int[]> p = new HashMap<>(postings.size() * 2);
      postings.forEach((f, ids) -> p.put(f, ids.stream().mapToInt(Integer::intValue).toArray()));
      int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
      return new FingerprintIndex(key, new Postings(p), s);
    }
  }
}
