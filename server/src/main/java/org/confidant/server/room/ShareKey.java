package org.confidant.server.room;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

/**
 * One live session's share key: a Tink AEAD (AES256-GCM) key that exists only in this object.
 *
 * <p>Never serialized, never written anywhere, not even wrapped by the master key: this is what
 * lets a closed meeting's shares become unreadable for good. Associated data is the session id
 * followed by the share id, so a ciphertext moved to another row or session does not decrypt.
 *
 * <p>{@link #destroy} drops the only reference to the key material. Tink keeps key bytes in
 * immutable objects that cannot be overwritten from outside, so zeroing is not possible; the
 * memory becomes unreachable and is reclaimed by the garbage collector. After {@code destroy}
 * every call fails or answers empty. Thread-safe. Has no {@code toString} that reveals anything.
 */
final class ShareKey {

  private volatile Aead aead;

  private ShareKey(Aead aead) {
    this.aead = aead;
  }

  /** A fresh random key. */
  static ShareKey generate() {
    try {
      AeadConfig.register();
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      return new ShareKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES256-GCM is not available");
    }
  }

  /**
   * Encrypts a share's text bound to its session and share ids.
   *
   * @throws IllegalStateException when the key was destroyed
   */
  byte[] encrypt(UUID sessionId, UUID shareId, String text) {
    Aead a = aead;
    if (a == null) {
      throw new IllegalStateException("the share key was destroyed");
    }
    try {
      return a.encrypt(text.getBytes(StandardCharsets.UTF_8), associatedData(sessionId, shareId));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed");
    }
  }

  /** The share's text, or empty when this key did not make the ciphertext for these ids (or was destroyed). */
  Optional<String> decrypt(UUID sessionId, UUID shareId, byte[] ciphertext) {
    Aead a = aead;
    if (a == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(a.decrypt(ciphertext, associatedData(sessionId, shareId)), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** Drops the key; idempotent. */
  void destroy() {
    aead = null;
  }

  boolean isDestroyed() {
    return aead == null;
  }

  /** Session id then share id, 32 bytes. */
  static byte[] associatedData(UUID sessionId, UUID shareId) {
    return ByteBuffer.allocate(32)
        .putLong(sessionId.getMostSignificantBits()).putLong(sessionId.getLeastSignificantBits())
        .putLong(shareId.getMostSignificantBits()).putLong(shareId.getLeastSignificantBits())
        .array();
  }

  @Override
  public String toString() {
    return "ShareKey[redacted]";
  }
}
