package org.confidant.guard.meeting;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
 *
 * <p><b>Term key.</b> Terms are not hashed with the secret itself: once, when the key is made, a
 * 128-bit term key is derived from it as the first 16 bytes of HMAC-SHA256(secret,
 * {@value #TERM_KEY_LABEL}), and each term's value is SipHash-2-4 of its UTF-8 bytes under that
 * term key (see {@link FingerprintIndex} for the privacy trade-off). The term key is wiped by
 * {@link #destroy} together with the secret.
 */
public final class FingerprintKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** The fixed label the 128-bit SipHash term key is derived under (HMAC-SHA256, secret). */
  static final String TERM_KEY_LABEL = "confidant/share-fingerprint/siphash-2-4-term-key/v1";
  private final byte[] bytes;
  /** The term key's two little-endian halves; zero after {@link #destroy}. Guarded by bytes. */
  private long termKey0;
  private long termKey1;
  private volatile boolean destroyed;

  private FingerprintKey(byte[] bytes) {
    if (bytes.length < 16) {
      throw new IllegalArgumentException("a fingerprint key needs at least 16 bytes");
    }
    this.bytes = bytes.clone();
    byte[] derived = hmac(this.bytes, TERM_KEY_LABEL.getBytes(StandardCharsets.UTF_8));
    ByteBuffer le = ByteBuffer.wrap(derived).order(ByteOrder.LITTLE_ENDIAN);
    synchronized (this.bytes) { // published to other threads through the same lock
      termKey0 = le.getLong(0);
      termKey1 = le.getLong(8);
    }
    java.util.Arrays.fill(derived, (byte) 0);
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
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
   * Overwrites this copy of the key (and the term key derived from it) in memory; afterwards it
   * computes nothing, and indexes keyed with it match nothing. Stored copies must be destroyed
   * separately. Idempotent.
   */
  public void destroy() {
    destroyed = true;
    synchronized (bytes) {
      java.util.Arrays.fill(bytes, (byte) 0);
      termKey0 = 0;
      termKey1 = 0;
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
   * A new term hasher holding a copy of the term key (not thread-safe; one per use).
   *
   * @throws IllegalStateException when the key was destroyed
   */
  TermHasher hasher() {
    synchronized (bytes) {
      checkLive();
      return new TermHasher(termKey0, termKey1);
    }
  }

  @Override
  public String toString() {
    return "FingerprintKey[redacted]";
  }
}
