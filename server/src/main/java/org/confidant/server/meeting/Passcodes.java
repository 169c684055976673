package org.confidant.server.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.confidant.server.system.ConfidantException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Meeting passcodes: Argon2id hashes, constant-time checks, and a throttle against guessing.
 *
 * <p>Only the hash is stored; the passcode is never logged or shown back. Each member may get a
 * meeting's passcode wrong {@value #MAX_FAILURES} times in {@link #WINDOW}; further tries are refused
 * with 429 until the window passes, so guessing a short passcode costs an attacker hours, not seconds.
 * The counters live in memory only (lost on restart, which errs on the side of the member).
 */
@Component
class Passcodes {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MIN_LENGTH = 4;

  private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  Passcodes(Clock clock) {
    this.clock = clock;
  }

  /** Hashes a new passcode; 400 when it is shorter than 4 characters. */
  String hash(String passcode) {
    if (passcode.codePointCount(0, passcode.length()) < MIN_LENGTH) {
      throw ConfidantException.invalid("passcode-short", "Make the passcode at least 4 characters long.");
    }
    return encoder.encode(passcode);
  }

  /**
   * Checks a member's passcode for a meeting, counting failures.
   *
   * @throws ConfidantException 429 when the member has failed too often lately, 400 when the passcode is wrong
   */
  void check(UUID meetingId, UUID accountId, String hash, String given) {
    String key = meetingId + "/" + accountId;
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
        recent.pollFirst();
      }
      if (recent.size() >= MAX_FAILURES) {
        throw ConfidantException.tooMany("passcode-throttled",
            "Too many wrong passcodes. Wait 15 minutes, or ask the chair for the passcode.");
      }
      boolean ok = given != null && !given.isEmpty() && encoder.matches(given, hash);
      if (ok) {
        failures.remove(key);
        return;
      }
      recent.addLast(now);
    }
    prune(now);
    throw ConfidantException.invalid(given == null || given.isEmpty() ? "passcode-required" : "passcode-wrong",
        given == null || given.isEmpty() ? "This meeting needs a passcode. Ask the chair for it."
            : "That passcode is not right. Check it with the chair and try again.");
  }

  /** Drops counters whose failures have all aged out, so the map cannot grow without bound. */
  private void prune(Instant now) {
    if (failures.size() < 10_000) {
      return;
    }
    failures.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        Instant last = e.getValue().peekLast();
        return last == null || !last.isAfter(now.minus(WINDOW));
      }
    });
  }
}
