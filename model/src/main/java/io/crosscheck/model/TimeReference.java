package io.crosscheck.model;

import java.time.LocalDate;

/**
 * When something happened, as the article says it ("early on Thursday", "earlier this month"),
 * resolved backwards from the publication date: {@code date} when the words name one day, and the
 * {@code earliest}..{@code latest} window they allow in any case (both {@code null} when the
 * article has no publication date to resolve against).
 */
public record TimeReference(String text, LocalDate date, LocalDate earliest, LocalDate latest) {
  public TimeReference {
    Subject.requireNonBlank(text, "time text");
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      throw new IllegalArgumentException("time window starts after it ends: " + text);
    }
    if (date != null && (earliest == null || latest == null)) {
      throw new IllegalArgumentException("a resolved date needs its window: " + text);
    }
  }

  public static TimeReference onDay(String text, LocalDate day) {
    return new TimeReference(text, day, day, day);
  }

  public static TimeReference within(String text, LocalDate earliest, LocalDate latest) {
    LocalDate day = earliest != null && earliest.equals(latest) ? earliest : null;
    return new TimeReference(text, day, earliest, latest);
  }

  public static TimeReference unresolved(String text) {
    return new TimeReference(text, null, null, null);
  }

  public boolean resolved() {
    return earliest != null;
  }
}
