package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing is slowed per client and name, with a growing wait; nobody is locked out for good. */
class LoginThrottleTest {

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-11-21T09:00:00Z");

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

  private static final String GUESSER = "203.0.113.9";
  private static final String DESK = "198.51.100.7";

  private final Hands clock = new Hands();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String client, String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(client, name);
    }
  }

  @Test
  void a_few_mistakes_cost_no_wait() {
    fail(DESK, "ana", LoginThrottle.FREE_FAILURES - 1);
    assertThat(throttle.waitFor(DESK, "ana")).isZero();
  }

  @Test
  void repeated_failures_slow_that_client_for_that_name_only() {
    fail(GUESSER, "ana", LoginThrottle.FREE_FAILURES);
    assertThat(throttle.waitFor(GUESSER, "ana")).isEqualTo(LoginThrottle.FIRST_WAIT);
    assertThat(throttle.waitFor(GUESSER, "ANA")).isEqualTo(LoginThrottle.FIRST_WAIT);
    assertThat(throttle.waitFor(DESK, "ana")).isZero();
    assertThat(throttle.waitFor(GUESSER, "ben")).isZero();
  }

  @Test
  void the_wait_doubles_with_each_further_failure_up_to_a_cap() {
    fail(GUESSER, "ana", LoginThrottle.FREE_FAILURES + 2);
    assertThat(throttle.waitFor(GUESSER, "ana"))
        .isEqualTo(LoginThrottle.FIRST_WAIT.multipliedBy(4));
    fail(GUESSER, "ana", 40);
    assertThat(throttle.waitFor(GUESSER, "ana")).isEqualTo(LoginThrottle.MAX_WAIT);
  }

  @Test
  void the_wait_ends_and_the_right_password_then_works() {
    fail(GUESSER, "ana", LoginThrottle.FREE_FAILURES);
    clock.now = clock.now.plus(LoginThrottle.FIRST_WAIT).minus(Duration.ofSeconds(1));
    assertThat(throttle.waitFor(GUESSER, "ana")).isEqualTo(Duration.ofSeconds(1));
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertThat(throttle.waitFor(GUESSER, "ana")).isZero();
    throttle.succeeded(GUESSER, "ana");
    fail(GUESSER, "ana", LoginThrottle.FREE_FAILURES - 1);
    assertThat(throttle.waitFor(GUESSER, "ana")).isZero();
  }

  @Test
  void failures_are_forgotten_after_a_quiet_hour() {
    fail(GUESSER, "ana", LoginThrottle.FREE_FAILURES + 3);
    clock.now = clock.now.plus(LoginThrottle.FORGET).plusSeconds(1);
    throttle.failed(GUESSER, "ana");
    assertThat(throttle.waitFor(GUESSER, "ana")).isZero();
  }
}
