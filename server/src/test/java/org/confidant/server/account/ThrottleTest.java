package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThrottleTest {

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-27T20:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @ParameterizedTest(name = "{0} failures, {1} s later: blocked={2}")
  @CsvSource({
    "4, 0, false",
    "5, 0, true",
    "5, 1, true",
    "5, 2, false",
    "6, 3, true",
    "6, 4, false",
    "9, 31, true",
    "9, 32, false",
    "30, 899, true",
    "30, 900, false",
  })
  void backOffGrowsExponentiallyPerSignInNameUpToFifteenMinutes(int failures, long later, boolean blocked) {
    MovableClock clock = new MovableClock();
    Throttle throttle = new Throttle(clock);
    for (int i = 0; i < failures; i++) {
      throttle.failed("sam-r-4821", "10.0.0." + i);
    }
    clock.now = clock.now.plusSeconds(later);
    assertThat(throttle.blocked("SAM-R-4821", "10.1.1.1")).isEqualTo(blocked);
    assertThat(throttle.blocked("kim-1234", "10.1.1.1")).isFalse();
  }

  @Test
  void manyNamesFromOneAddressAreThrottledByAddress() {
    MovableClock clock = new MovableClock();
    Throttle throttle = new Throttle(clock);
    for (int i = 0; i < Throttle.FREE_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("name-" + i, "192.0.2.7");
    }
    assertThat(throttle.blocked("someone-new", "192.0.2.7")).isTrue();
    assertThat(throttle.blocked("someone-new", "192.0.2.8")).isFalse();
    clock.now = clock.now.plus(Throttle.FORGET_AFTER).plusSeconds(1);
    assertThat(throttle.blocked("someone-new", "192.0.2.7")).isFalse();
  }

  @Test
  void successClearsTheNameButNotTheAddress() {
    Throttle throttle = new Throttle(new MovableClock());
    for (int i = 0; i < Throttle.FREE_FAILURES_PER_NAME; i++) {
      throttle.failed("sam-r-4821", "10.0.0." + i);
    }
    throttle.succeeded("sam-r-4821");
    assertThat(throttle.blocked("sam-r-4821", "10.9.9.9")).isFalse();
    assertThat(Duration.ofMinutes(15)).isEqualTo(Throttle.MAX_WAIT);
  }
}
