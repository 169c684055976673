package org.confidant.server.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Slows down passphrase and recovery-code guessing, per sign-in name and per client address.
 *
 * <p>Guarantees: after {@value #FREE_FAILURES_PER_NAME} failures for one sign-in name (existing or
 * not, so a lock reveals nothing) or {@value #FREE_FAILURES_PER_ADDRESS} from one client address,
 * each further attempt must wait 2, 4, 8 … seconds after the last failure, at most 15 minutes.
 * A success clears the name's counter. Counters live only in memory and are forgotten an hour
 * after the last failure. Privacy: client addresses are kept only as an HMAC under a random key
 * made at start-up, never stored, logged or shown; a restart forgets everything (an attacker who
 * can restart the server gains little, the hash cost still bounds guessing).
 */
@Component
class Throttle {

  static final int FREE_FAILURES_PER_NAME = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_ENTRIES = 200_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final SecretKeySpec addressKey;

  Throttle(Clock clock) {
    this.clock = clock;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.addressKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** Whether an attempt for this name from this address must wait now. */
  boolean blocked(String signInName, String address) {
    Instant now = clock.instant();
    return waiting(failures.get(nameKey(signInName)), FREE_FAILURES_PER_NAME, now)
        || waiting(failures.get(addressKey(address)), FREE_FAILURES_PER_ADDRESS, now);
  }

  /** Counts a failed attempt against both the name and the address. */
  void failed(String signInName, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_ENTRIES) {
      forgetOld(now);
    }
    failures.merge(nameKey(signInName), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    failures.merge(addressKey(address), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
  }

  /** Clears the name's counter after a success; the address keeps its count until it is forgotten. */
  void succeeded(String signInName) {
    failures.remove(nameKey(signInName));
  }

  private boolean waiting(Failures f, int free, Instant now) {
    if (f == null || f.count < free) {
      return false;
    }
    if (f.last.plus(FORGET_AFTER).isBefore(now)) {
      return false;
    }
    int over = Math.min(f.count - free + 1, 20);
    Duration wait = Duration.ofSeconds(1L << over);
    if (wait.compareTo(MAX_WAIT) > 0) {
      wait = MAX_WAIT;
    }
    return now.isBefore(f.last.plus(wait));
  }

  private void forgetOld(Instant now) {
    for (Iterator<Map.Entry<String, Failures>> it = failures.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue().last.plus(FORGET_AFTER).isBefore(now)) {
        it.remove();
      }
    }
  }

  private static String nameKey(String signInName) {
    String n = signInName == null ? "" : signInName.strip().toLowerCase(Locale.ROOT);
    return "n:" + (n.length() > 64 ? n.substring(0, 64) : n);
  }

  private String addressKey(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(addressKey);
      byte[] h = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return "a:" + java.util.HexFormat.of().formatHex(h, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
