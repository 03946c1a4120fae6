package io.crosscheck.cli;

import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import java.util.List;

/** Extraction results for a terminal: one block per article, one line per claim. */
final class Table {

  private Table() {}

  static String of(List<ArticleReport> reports) {
    StringBuilder b = new StringBuilder();
    for (ArticleReport r : reports) {
      b.append("== ").append(r.id());
      if (r.title() != null && !r.title().isBlank()) {
        b.append(": ").append(r.title());
      }
      b.append('\n');
      b.append("   source: ")
          .append(orDash(r.source()))
          .append("   published: ")
          .append(r.published() == null ? "-" : r.published().toString())
          .append('\n');
      for (Event e : r.events()) {
        b.append(
            String.format(
                "   %-3s %-4s %-18s killed %-9s injured %-9s %s%n",
                e.id(),
                e.lead() ? "LEAD" : "",
                e.type(),
                interval(e.tally().killed()),
                interval(e.tally().injured()),
                e.where() == null ? "" : e.where().text()));
      }
      for (Claim c : r.claims()) {
        b.append(
            String.format(
                "   %-3s %-10s %-13s %-14s %-11s %s%n",
                c.event(),
                c.predicate(),
                value(c.value()),
                c.group() == null ? "-" : c.group(),
                c.certainty(),
                quote(c.evidence().sentence())));
      }
      r.diagnostics().forEach(d -> b.append("   ! ").append(d.message()).append('\n'));
      b.append('\n');
    }
    return b.toString();
  }

  private static String quote(String sentence) {
    String s = sentence.length() > 100 ? sentence.substring(0, 97) + "..." : sentence;
    return "\"" + s.replace('\n', ' ') + "\"";
  }

  static String value(Quantity q) {
    String v = interval(q.interval());
    return q.approximate() ? "~" + v : v;
  }

  static String interval(Interval i) {
    return i.display();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
