package org.confidant.server.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Argon2id cost of passphrase hashes, bound from {@code confidant.passphrase.*} and validated at start-up.
 *
 * <p>The defaults are OWASP's Argon2id recommendation (19 MiB, 2 passes, 1 lane). The load
 * benchmark and tests may lower them; hashes already stored keep their own parameters (the encoded
 * hash carries them), so a change only affects new hashes.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
@Validated
@ConfigurationProperties("confidant.passphrase")
public record PassphraseSettings(
    @Min(64) @Max(1048576) @DefaultValue("19456") int memoryKib,
    @Min(1) @Max(20) @DefaultValue("2") int iterations,
    @Min(1) @Max(16) @DefaultValue("1") int parallelism) {}
