package io.crosscheck.service.review;

import java.util.List;

/** What the stories page shows (template {@code stories.html}). */
public record StoryList(StoryPage.Session session, List<Row> stories, int page, boolean hasNext) {

  /** The page before this one, for the "Newer" link; -1 on the first. */
  public int previous() {
    return page - 1;
  }

  /** The page after this one, for the "Older" link. */
  public int next() {
    return page + 1;
  }

  /** A story with its open discrepancies and the worst severity among them ("" when none). */
  public record Row(
      String id, String title, int articles, int open, String worst, String created) {}
}
