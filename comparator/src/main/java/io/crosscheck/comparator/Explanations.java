package io.crosscheck.comparator;

import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.DiscrepancyKind;
import io.crosscheck.model.SameEvent;

/** One sentence an editor reads to see what differs and how sure the comparison is. */
final class Explanations {

  private Explanations() {}

  static String of(
      DiscrepancyKind kind, EventRef ea, Claim a, EventRef eb, Claim b, SameEvent same) {
    String what = a.predicate().wireName() + (a.group() == null ? "" : " (" + a.group() + ")");
    String lead =
        switch (kind) {
          case NUMERIC_CONFLICT -> "The sources disagree on " + what + ": ";
          case UPDATE -> "A later report changes " + what + ": ";
          case CERTAINTY_CONFLICT -> "One source states what another denies, on " + what + ": ";
        };
    var doubts =
        same.reasons().stream()
            .filter(
                r ->
                    r.contains("less certain")
                        || r.contains("no place")
                        || r.startsWith("different"))
            .toList();
    String caveat =
        same.confidence() < 0.7 || !doubts.isEmpty()
            ? " Caveat on whether both describe one event: "
                + String.join("; ", doubts.isEmpty() ? same.reasons() : doubts)
                + "."
            : "";
    return lead + side(ea, a) + " against " + side(eb, b) + "." + caveat;
  }

  private static String side(EventRef e, Claim c) {
    String source = e.sourceName();
    String words = c.evidence().sentence().length() > 0 ? " (\"" + quote(c) + "\")" : "";
    return source + " says " + Findings.show(c.value().interval()) + words + how(c);
  }

  private static String quote(Claim c) {
    String s = c.evidence().sentence();
    return s.length() > 140 ? s.substring(0, 137) + "..." : s;
  }

  private static String how(Claim c) {
    String who = c.attribution() == null ? "" : " on the word of " + c.attribution().text();
    return c.certainty() == Certainty.ASSERTED ? who : ", " + c.certainty() + who;
  }
}
