package org.confidant.guard.meeting;

import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key under which share fingerprints are computed.
 *
 * <p>Without the key a fingerprint cannot be tested against guessed texts, so a leaked
 * fingerprint table reveals nothing about what was shared. Store the key apart from the
 * fingerprints and {@link #destroy} it (and every stored copy) when the shares' retention ends.
 * The key has no {@code toString} that shows it; compare keys with {@link #sameAs}, which runs in
 * constant time. Thread-safe.
 */
public final class FingerprintKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] bytes;
  private volatile boolean destroyed;

  private FingerprintKey(byte[] bytes) {
    if (bytes.length < 16) {
      throw new IllegalArgumentException("a fingerprint key needs at least 16 bytes");
    }
    this.bytes = bytes.clone();
  }

  /** A fresh random 256-bit key. */
  public static FingerprintKey random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new FingerprintKey(b);
  }

  /** A key from stored bytes (at least 16). */
  public static FingerprintKey fromBytes(byte[] bytes) {
    return new FingerprintKey(bytes);
  }

  /**
   * A copy of the key's bytes, for storing it.
   *
   * @throws IllegalStateException when the key was destroyed
   */
  public byte[] toBytes() {
    checkLive();
    return bytes.clone();
  }

  /**
   * Overwrites this copy of the key in memory; afterwards it computes nothing, and indexes keyed
   * with it match nothing. Stored copies must be destroyed separately. Idempotent.
   */
  public void destroy() {
    destroyed = true;
    synchronized (bytes) {
      java.util.Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Whether {@link #destroy} was called. */
  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkLive() {
    if (destroyed) {
      throw new IllegalStateException("the fingerprint key was destroyed");
    }
  }

  /** Whether both keys hold the same bytes; constant time. */
  public boolean sameAs(FingerprintKey other) {
    return !destroyed && !other.destroyed && MessageDigest.isEqual(bytes, other.bytes);
  }

  /**
   * A new HMAC-SHA256 keyed with this key (not thread-safe; one per use).
   *
   * @throws IllegalStateException when the key was destroyed
   */
  Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      synchronized (bytes) {
        checkLive();
        mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
      }
      return mac;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "FingerprintKey[redacted]";
  }
}
