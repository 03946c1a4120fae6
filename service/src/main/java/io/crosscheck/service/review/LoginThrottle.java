package io.crosscheck.service.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without locking anyone out. Failed logins are counted per client address
 * and name: after {@value #FREE_FAILURES} of them that client must wait before it may try that name
 * again — {@link #FIRST_WAIT}, doubling with each further failure, at most {@link #MAX_WAIT}. The
 * same editor from another address (their own desk, while someone elsewhere guesses at their name)
 * is not slowed at all, and from the same address is only ever delayed, never refused for good. A
 * success forgets the failures; so does {@link #FORGET} without one. Kept in memory (a restart
 * forgets, which bcrypt's cost still bounds).
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET = Duration.ofHours(1);
  private static final int MAX_ENTRIES = 10_000;

  /** Failures of one client at one name, and when the last one was. */
  private record Failures(int count, Instant last) {}

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this client must still wait before trying this name; zero when it may try now. */
  Duration waitFor(String client, String name) {
    Failures f = failures.get(key(client, name));
    if (f == null || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(backOff(f.count())));
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String client, String name) {
    if (failures.size() > MAX_ENTRIES) {
      Instant stale = clock.instant().minus(FORGET);
      failures.values().removeIf(f -> f.last().isBefore(stale));
    }
    Instant now = clock.instant();
    failures.merge(
        key(client, name),
        new Failures(1, now),
        (old, one) ->
            old.last().isBefore(now.minus(FORGET)) ? one : new Failures(old.count() + 1, now));
  }

  void succeeded(String client, String name) {
    failures.remove(key(client, name));
  }

  /** The wait after {@code count} failures: none up to the free ones, then doubling to a cap. */
  static Duration backOff(int count) {
    if (count < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - FREE_FAILURES, 30);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private static String key(String client, String name) {
    return (client == null ? "" : client)
        + "\n"
        + (name == null ? "" : name.toLowerCase(Locale.ROOT));
  }
}
