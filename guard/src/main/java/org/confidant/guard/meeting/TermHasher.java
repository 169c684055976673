package org.confidant.guard.meeting;

import java.nio.charset.StandardCharsets;

/**
 * Gives each content term its keyed 64-bit value: SipHash-2-4 of the term's UTF-8 bytes under the
 * 128-bit term key of a {@link FingerprintKey}.
 *
 * <p>Holds a copy of the term key for the one check or share it is made for, and nothing else
 * between calls (its scratch buffer holds the last term's bytes only while hashing it). Not
 * thread-safe: one per use, dropped afterwards. Never throws.
 */
final class TermHasher {
  private final long k0;
  private final long k1;
  private byte[] scratch = new byte[32];

  TermHasher(long k0, long k1) {
    this.k0 = k0;
    this.k1 = k1;
  }

  /** The keyed value of {@code term}: SipHash-2-4 of its UTF-8 encoding. */
  long hash(String term) {
    int n = term.length();
    if (n > scratch.length) {
      scratch = new byte[Math.max(n, scratch.length * 2)];
    }
    byte[] b = scratch;
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
        return SipHash.hash(k0, k1, utf8, 0, utf8.length);
      }
      b[i] = (byte) c;
    }
    long h = SipHash.hash(k0, k1, b, 0, n);
    java.util.Arrays.fill(b, 0, n, (byte) 0);
    return h;
  }
}
