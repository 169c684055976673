package org.confidant.guard.meeting;

import java.util.Map;

/**
 * The share ids of each indexed fingerprint: an open-addressing table keyed by the 64-bit
 * fingerprint, looked up without boxing.
 *
 * <p>Immutable and thread-safe once built; a look-up touches a few slots of a table kept at most
 * a quarter full.
 */
final class Postings {
  private final long[] keys;
  private final int[][] values;
  private final int mask;

  /** A table of {@code ids} by fingerprint. */
  Postings(Map<Long, int[]> ids) {
    int cap = 16;
    while (cap < ids.size() * 4) { // at most a quarter full: a miss usually ends at once
      cap <<= 1;
    }
    keys = new long[cap];
    values = new int[cap][];
    mask = cap - 1;
    for (Map.Entry<Long, int[]> e : ids.entrySet()) {
      long f = e.getKey();
      int k = slot(f);
      while (values[k] != null) {
        k = (k + 1) & mask;
      }
      keys[k] = f;
      values[k] = e.getValue();
    }
  }

  /** The ids of the shares holding fingerprint {@code f}, or null when none does. */
  int[] get(long f) {
    for (int k = slot(f); ; k = (k + 1) & mask) {
      int[] v = values[k];
      if (v == null || keys[k] == f) {
        return v;
      }
    }
  }

  private int slot(long f) {
    long x = f * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32)) & mask;
  }
}
