package io.crosscheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as read: its metadata and its two text fields. Offsets in every {@link Evidence}
 * point into {@link #title()} or {@link #text()} exactly as held here.
 *
 * @param id the id the caller gave, else one derived from source and url or from the text
 * @param published the reference date for relative expressions ("on Thursday"), or {@code null}
 */
public record Article(
    String id, String source, String title, LocalDate published, String url, String text) {
  public Article {
    Subject.requireNonBlank(id, "article id");
    Objects.requireNonNull(text, "article text");
    title = title == null ? "" : title;
  }
}
