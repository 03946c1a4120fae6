package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clauses of an article's text that recall an earlier incident than the one it reports ("less
 * than a week after a footbridge gave way in Marlow, a second bridge ..."): from the recall cue
 * ({@code incident-cues.tsv}) to the clause's end. What they name (a town, a school, a victim) is
 * the earlier incident's, so a comparison does not take it for a clue that two reports tell one.
 */
public final class RecallClauses {

  /** The word lists this stage reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    CONTRAST_CONJUNCTIONS
  }

  /** "…, but police said": a clause set against the one before ends the recalled one. */
  private static final Set<String> CLAUSE_BREAKS = Wording.words(Lists.CONTRAST_CONJUNCTIONS);

  private RecallClauses() {}

  /** The recalled clauses of the body's sentences, as spans of the text field, in text order. */
  public static List<Span> of(List<SentenceAnalysis> analyses) {
    return of(analyses, new IncidentCues());
  }

  /** The same, with the article's cues as the segmenter found them. */
  public static List<Span> of(List<SentenceAnalysis> analyses, IncidentCues cues) {
    List<Span> spans = new ArrayList<>();
    for (SentenceAnalysis a : analyses) {
      Sentence s = a.sentence();
      if (s.role() != Sentence.Role.BODY) {
        continue;
      }
      for (PhraseTable.Match<IncidentCues.Cue> cue : cues.in(s)) {
        if (cue.value() == IncidentCues.Cue.RECALL && cue.end() < s.size()) {
          spans.add(s.spanBetween(cue.start(), clauseEnd(s, cue.end())));
        }
      }
    }
    return List.copyOf(spans);
  }

  /**
   * The token after the recalled clause: a comma, semicolon, colon, dash or "but"; else the end.
   */
  private static int clauseEnd(Sentence s, int from) {
    for (int k = from; k < s.size(); k++) {
      Token w = s.token(k);
      if (w.punct(',') || w.punct(';') || w.punct(':') || w.punct('—') || w.punct('–')) {
        return k;
      }
      if (w.isAny(CLAUSE_BREAKS)) {
        return k;
      }
    }
    return s.size();
  }
}
