package org.confidant.server.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing of passphrases with the cost from {@link PassphraseSettings}.
 *
 * <p>Kept inside the account feature (not a global {@code PasswordEncoder} bean) so no other
 * part of Spring Security picks it up by accident. Encoded hashes carry their salt and
 * parameters, so {@link #matches} works for hashes made under any earlier setting. A malformed
 * stored hash never matches.
 */
@Component
class PassphraseHasher {

  private final Argon2PasswordEncoder encoder;

  PassphraseHasher(PassphraseSettings settings) {
    this.encoder = new Argon2PasswordEncoder(16, 32, settings.parallelism(), settings.memoryKib(),
        settings.iterations());
  }

  String encode(String passphrase) {
    return encoder.encode(passphrase);
  }

  boolean matches(String passphrase, String encodedHash) {
    return encoder.matches(passphrase, encodedHash);
  }
}
