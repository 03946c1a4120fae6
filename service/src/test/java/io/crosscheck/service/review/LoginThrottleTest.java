package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per name; editors who type a password wrong once are not. */
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

  private final Hands clock = new Hands();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name);
      clock.now = clock.now.plusSeconds(10);
    }
  }

  @Test
  void a_few_mistakes_do_not_lock_an_editor_out() {
    fail("ana", LoginThrottle.MAX_FAILURES - 1);
    assertThat(throttle.locked("ana")).isFalse();
  }

  @Test
  void repeated_failures_lock_the_name_whatever_its_case_and_not_others() {
    fail("ana", LoginThrottle.MAX_FAILURES);
    assertThat(throttle.locked("ana")).isTrue();
    assertThat(throttle.locked("ANA")).isTrue();
    assertThat(throttle.locked("ben")).isFalse();
  }

  @Test
  void the_lock_ends_when_the_failures_leave_the_window() {
    fail("ana", LoginThrottle.MAX_FAILURES);
    clock.now = clock.now.plus(LoginThrottle.WINDOW).minus(Duration.ofSeconds(60));
    assertThat(throttle.locked("ana")).isTrue();
    clock.now = clock.now.plus(Duration.ofSeconds(60));
    assertThat(throttle.locked("ana")).isFalse();
  }

  @Test
  void a_successful_login_forgets_earlier_mistakes() {
    fail("ana", LoginThrottle.MAX_FAILURES - 1);
    throttle.succeeded("ana");
    fail("ana", LoginThrottle.MAX_FAILURES - 1);
    assertThat(throttle.locked("ana")).isFalse();
  }
}
