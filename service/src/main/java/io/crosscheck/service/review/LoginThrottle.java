package io.crosscheck.service.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one name within {@link
 * #WINDOW}, that name cannot log in — right password or not — until the oldest of those failures
 * leaves the window. Per name rather than per address, because editors share newsroom addresses and
 * an attacker does not; kept in memory (a restart forgets, which bcrypt's cost still bounds).
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_NAMES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** True while this name has used up its failed attempts. */
  boolean locked(String name) {
    Deque<Instant> recent = failures.get(key(name));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      expire(recent);
      return recent.size() >= MAX_FAILURES;
    }
  }

  void failed(String name) {
    if (failures.size() > MAX_NAMES) {
      failures.values().removeIf(this::expired);
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
    synchronized (recent) {
      expire(recent);
      recent.addLast(clock.instant());
    }
  }

  void succeeded(String name) {
    failures.remove(key(name));
  }

  private boolean expired(Deque<Instant> recent) {
    synchronized (recent) {
      expire(recent);
      return recent.isEmpty();
    }
  }

  private void expire(Deque<Instant> recent) {
    Instant since = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
      recent.removeFirst();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }
}
