package io.crosscheck.cli;

import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.Incident;
import io.crosscheck.model.Interval;
import java.util.List;
import java.util.stream.Collectors;

/** A comparison for people: a terminal table, or Markdown for a desk's chat or ticket. */
final class ComparisonText {

  private ComparisonText() {}

  /** "1 article", "2 articles", "1 discrepancy", "0 discrepancies". */
  static String count(int n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    return n
        + " "
        + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  static String table(Comparison c) {
    StringBuilder b = new StringBuilder();
    b.append(count(c.articles().size(), "article"))
        .append(", ")
        .append(count(c.discrepancies().size(), "discrepancy"))
        .append("\n\n");
    for (Discrepancy d : c.discrepancies()) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "[%s] %s  %s%s  same event: %.2f%n",
              d.severity(),
              d.kind(),
              d.predicate(),
              d.group() == null ? "" : " (" + d.group() + ")",
              d.sameEvent().confidence()));
      for (ClaimRef r : d.claims()) {
        b.append(
            String.format(
                "    %-28s %-12s %s%n", r.article(), Table.interval(r.value()), r.certainty()));
      }
      b.append("    ").append(d.explanation()).append("\n");
      b.append("    why one event: ")
          .append(String.join("; ", d.sameEvent().reasons()))
          .append("\n\n");
    }
    if (!c.corroborations().isEmpty()) {
      b.append("Agreed or single-source counts:\n");
    }
    for (Corroboration k : c.corroborations()) {
      b.append(
          String.format(
              "    %-10s %-14s %-12s %s%n",
              k.predicate(),
              k.group() == null ? "-" : k.group(),
              Table.interval(k.value()),
              sources(k)));
    }
    List<Incident> shared = shared(c);
    if (!shared.isEmpty()) {
      b.append("\nIncidents told by several articles:\n");
      for (Incident i : shared) {
        b.append(String.format("    %s  %s%n", i.id(), members(i)))
            .append(
                String.format(
                    java.util.Locale.ROOT,
                    "        %.2f: %s%n",
                    i.confidence(),
                    String.join("; ", i.reasons())));
      }
    }
    return b.toString();
  }

  /** The incidents more than one article tells of: where the comparison found an event shared. */
  static List<Incident> shared(Comparison c) {
    return c.incidents().stream().filter(i -> i.members().size() > 1).toList();
  }

  static String members(Incident i) {
    return i.members().stream().map(Incident.Member::article).collect(Collectors.joining(", "));
  }

  static String markdown(Comparison c) {
    StringBuilder b =
        new StringBuilder("## Crosscheck: ")
            .append(count(c.discrepancies().size(), "discrepancy"))
            .append(" in ")
            .append(count(c.articles().size(), "article"))
            .append("\n\n");
    for (Discrepancy d : c.discrepancies()) {
      b.append("### ")
          .append(d.severity())
          .append(" — ")
          .append(d.kind())
          .append(": ")
          .append(d.predicate())
          .append(d.group() == null ? "" : " (" + d.group() + ")")
          .append("\n\n");
      b.append("| article | value | certainty |\n| --- | --- | --- |\n");
      for (ClaimRef r : d.claims()) {
        b.append("| ")
            .append(cell(r.article()))
            .append(" | ")
            .append(Table.interval(r.value()))
            .append(" | ")
            .append(r.certainty())
            .append(" |\n");
      }
      b.append("\n").append(cell(d.explanation())).append("\n\n");
    }
    if (!c.corroborations().isEmpty()) {
      b.append(
          "### Agreed or single-source counts\n\n| predicate | group | value | sources |\n| --- | --- | --- | --- |\n");
    }
    for (Corroboration k : c.corroborations()) {
      b.append("| ")
          .append(k.predicate())
          .append(" | ")
          .append(k.group() == null ? "-" : k.group())
          .append(" | ")
          .append(Table.interval(k.value()))
          .append(" | ")
          .append(cell(sources(k)))
          .append(" |\n");
    }
    List<Incident> shared = shared(c);
    if (!shared.isEmpty()) {
      b.append(
          "\n### Incidents told by several articles\n\n| incident | articles | confidence | why |\n");
      b.append("| --- | --- | --- | --- |\n");
      for (Incident i : shared) {
        b.append("| ")
            .append(i.id())
            .append(" | ")
            .append(cell(members(i)))
            .append(" | ")
            .append(String.format(java.util.Locale.ROOT, "%.2f", i.confidence()))
            .append(" | ")
            .append(cell(String.join("; ", i.reasons())))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String sources(Corroboration k) {
    String articles =
        k.claims().stream().map(ClaimRef::article).distinct().collect(Collectors.joining(", "));
    return k.singleSource() ? articles + " (single source)" : articles;
  }

  /** Markdown table cells and text keep their meaning: pipes and markup are escaped. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("\n", " ");
  }

  static String show(Interval v) {
    return Table.interval(v);
  }
}
