package org.confidant.guard.meeting;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.text.NormalizedText;

/**
 * A {@link ShareIndex} of keyed word-shingle fingerprints.
 *
 * <p>Each share is reduced to the set of HMAC values (truncated to 64 bits) of its overlapping
 * word shingles, lower-cased. The index keeps only those values, so it cannot reproduce the text,
 * and without the key nobody can test a guessed text against it. Immutable and thread-safe.
 */
public final class FingerprintIndex implements ShareIndex {
  static final int SHINGLE = 4;

  private final FingerprintKey key;
  private final Map<Long, List<Integer>> postings;
  private final int[] shareSizes;

  private FingerprintIndex(FingerprintKey key, Map<Long, List<Integer>> postings, int[] sizes) {
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

  /** The keyed fingerprints of {@code text}, for storing a share's fingerprints. */
  public static long[] fingerprints(FingerprintKey key, String text) {
    List<int[]> words = Words.of(text);
    Mac mac = key.mac();
    int n = Math.max(0, words.size() - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = hash(mac, text, words, i);
    }
    return out;
  }

  @Override
  public boolean isEmpty() {
    return shareSizes.length == 0;
  }

  @Override
  public List<ShareMatch> matches(NormalizedText text) {
    if (isEmpty()) {
      return List.of();
    }
    String s = text.text();
    List<int[]> words = Words.of(s);
    Mac mac = key.mac();
    int n = Math.max(0, words.size() - SHINGLE + 1);
    int[] hits = new int[shareSizes.length];
    int[] first = new int[shareSizes.length];
    int[] last = new int[shareSizes.length];
    for (int i = 0; i < n; i++) {
      List<Integer> ids = postings.get(hash(mac, s, words, i));
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        if (hits[id]++ == 0) {
          first[id] = i;
        }
        last[id] = i;
      }
    }
    List<ShareMatch> out = new ArrayList<>();
    for (int id = 0; id < shareSizes.length; id++) {
      double similarity = shareSizes[id] == 0 ? 0 : (double) hits[id] / shareSizes[id];
      if (hits[id] >= 2 && similarity >= 0.3) {
        int start = words.get(first[id])[0];
        int end = words.get(last[id] + SHINGLE - 1)[1];
        out.add(new ShareMatch(start, end, Math.min(1, similarity)));
      }
    }
    return out;
  }

  private static long hash(Mac mac, String s, List<int[]> words, int at) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < SHINGLE; k++) {
      int[] w = words.get(at + k);
      if (k > 0) {
        b.append(' ');
      }
      b.append(s, w[0], w[1]);
    }
    byte[] h = mac.doFinal(b.toString().toLowerCase(java.util.Locale.ROOT)
        .getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(h).getLong();
  }

  /** Builds a {@link FingerprintIndex}. */
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

    /** Adds a share by fingerprints made earlier under the same key. */
    public Builder addFingerprints(long[] fingerprints) {
      int id = sizes.size();
      int distinct = 0;
      for (long f : fingerprints) {
        List<Integer> ids = postings.computeIfAbsent(f, x -> new ArrayList<>(1));
        if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
          ids.add(id);
          distinct++;
        }
      }
      sizes.add(distinct);
      return this;
    }

    public FingerprintIndex build() {
      int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
      return new FingerprintIndex(key, Map.copyOf(postings), s);
    }
  }

  /** Word spans: runs of letters and digits (apostrophes inside words kept). */
  static final class Words {
    static List<int[]> of(String s) {
      List<int[]> out = new ArrayList<>();
      int i = 0;
      int n = s.length();
      while (i < n) {
        while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i))
            || (s.charAt(i) == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1))))) {
          i++;
        }
        if (i > start) {
          out.add(new int[] {start, i});
        }
      }
      return out;
    }
  }
}
