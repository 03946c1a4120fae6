package io.crosscheck.service.review;

import java.util.List;

/** The review queue across stories (template {@code queue.html}). */
public record QueuePage(
    StoryPage.Session session, StoryPage.Filters filters, List<Row> rows, int limit) {

  /** One discrepancy waiting (or decided), linking to its card on the story page. */
  public record Row(
      String id,
      String story,
      String storyTitle,
      String severity,
      String status,
      String what,
      List<Side> sides,
      String updated) {}

  /** One side of a discrepancy as the queue shows it: the outlet and the figure it gives. */
  public record Side(String source, String value) {}
}
