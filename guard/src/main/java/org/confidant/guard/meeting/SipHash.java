package org.confidant.guard.meeting;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit pseudo-random function for short
 * inputs, used to give each content term its keyed value.
 *
 * <p>Computes exactly the reference function: the 128-bit key is given as its two little-endian
 * 64-bit halves {@code k0} (key bytes 0-7) and {@code k1} (bytes 8-15), the message is read
 * little-endian, and the result is the reference 64-bit output read little-endian. Stateless,
 * thread-safe, never throws for in-range arguments.
 */
final class SipHash {
  private SipHash() {}

  /** SipHash-2-4 of {@code data[off, off + len)} under the key {@code (k0, k1)}. */
  static long hash(long k0, long k1, byte[] data, int off, int len) {
    State s = new State(k0, k1);
    int end = off + (len & ~7);
    for (int i = off; i < end; i += 8) {
      long m = (data[i] & 0xFFL) | (data[i + 1] & 0xFFL) << 8 | (data[i + 2] & 0xFFL) << 16
          | (data[i + 3] & 0xFFL) << 24 | (data[i + 4] & 0xFFL) << 32
          | (data[i + 5] & 0xFFL) << 40 | (data[i + 6] & 0xFFL) << 48
          | (data[i + 7] & 0xFFL) << 56;
      s.compress(m);
    }
    long b = ((long) len) << 56;
    for (int i = 0; i < (len & 7); i++) {
      b |= (data[end + i] & 0xFFL) << (8 * i);
    }
    s.compress(b);
    s.v2 ^= 0xFF;
    s.rounds(4);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
  }

  /** The four state words of one hash; short-lived, so the JIT keeps it in registers. */
  private static final class State {
    long v0;
    long v1;
    long v2;
    long v3;

    State(long k0, long k1) {
      v0 = 0x736f6d6570736575L ^ k0;
      v1 = 0x646f72616e646f6dL ^ k1;
      v2 = 0x6c7967656e657261L ^ k0;
      v3 = 0x7465646279746573L ^ k1;
    }

    /** Absorbs one 64-bit message word with the two compression rounds. */
    void compress(long m) {
      v3 ^= m;
      rounds(2);
      v0 ^= m;
    }

    /** {@code n} SipRounds. */
    void rounds(int n) {
      for (int r = 0; r < n; r++) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
      }
    }
  }
}
