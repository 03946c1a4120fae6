package io.crosscheck.service.review;

import java.util.List;

/** What the stories page shows (template {@code stories.html}). */
public record StoryList(StoryPage.Session session, List<Row> stories) {

  /** A story with its open discrepancies and the worst severity among them ("" when none). */
  public record Row(
      String id, String title, int articles, int open, String worst, String created) {}
}
