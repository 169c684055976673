package org.confidant.server.room;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Tries keys the server still holds on ciphertexts, the way an attacker holding every file would. */
final class KeyAttempts {

  private KeyAttempts() {}

  /** Whether the master key opens the ciphertext with this associated data (or none). */
  static boolean masterDecrypts(MasterKeyStore master, byte[] ciphertext, byte[] ad) {
    for (byte[] a : new byte[][] {ad, new byte[0]}) {
      try {
        master.unwrap(ciphertext, a);
        return true;
      } catch (GeneralSecurityException | RuntimeException e) {
        // expected: not this key
      }
    }
    return false;
  }

  /**
   * Whether raw key bytes used as an AES-GCM key open the ciphertext, read both as a Tink
   * ciphertext (5-byte prefix, 12-byte nonce) and as a bare nonce + ciphertext, with this
   * associated data or none.
   */
  static boolean aesGcmDecrypts(byte[] key, byte[] ciphertext, byte[] ad) {
    byte[] k = key.length >= 32 ? Arrays.copyOf(key, 32) : Arrays.copyOf(key, 16);
    for (int skip : new int[] {5, 0}) {
      if (ciphertext.length < skip + 12 + 16) {
        continue;
      }
      for (byte[] a : new byte[][] {ad, new byte[0]}) {
        try {
          Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
          c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k, "AES"),
              new GCMParameterSpec(128, ciphertext, skip, 12));
          c.updateAAD(a);
          c.doFinal(ciphertext, skip + 12, ciphertext.length - skip - 12);
          return true;
        } catch (GeneralSecurityException e) {
          // expected: not this key
        }
      }
    }
    return false;
  }
}
