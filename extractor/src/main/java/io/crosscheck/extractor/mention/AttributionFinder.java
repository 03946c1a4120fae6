package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence cites: "according to X", "X said" (and told reporters, stated, announced,
 * confirmed…), "said X". The source is the name or noun phrase next to the cue, titles included;
 * pronouns are marked so the caller can resolve them to the last source named.
 */
public final class AttributionFinder implements MentionFinder<AttributionMention> {

  /**
   * The word and phrase lists this stage reads, kept in {@code rules/words/} and {@code phrases/}.
   */
  private enum Lists implements WordList {
    SPEECH_VERBS,
    COMMON_SOURCES,
    SOURCE_PRONOUNS,
    NAME_GLUE,
    FIGURE_NOUNS,
    FIGURE_VERBS,
    SPEECH_VERBS_BEFORE_SOURCE,
    BEFORE_SPEECH_VERB,
    NAME_GLUE_BEFORE_SOURCE_VERB,
    NOT_A_SOURCE_START,
    ACCORDING_TO
  }

  private static final Set<String> SPEECH_VERBS = Wording.words(Lists.SPEECH_VERBS);

  private static final Set<String> COMMON_SOURCES = Wording.words(Lists.COMMON_SOURCES);

  private static final Set<String> PRONOUNS = Wording.words(Lists.SOURCE_PRONOUNS);

  private static final Set<String> NP_GLUE = Wording.words(Lists.NAME_GLUE);

  private static final Set<String> NP_GLUE_BEFORE_VERB =
      Wording.words(Lists.NAME_GLUE_BEFORE_SOURCE_VERB);

  private static final Set<String> SPEECH_VERBS_BEFORE_SOURCE =
      Wording.words(Lists.SPEECH_VERBS_BEFORE_SOURCE);

  private static final Set<String> BEFORE_SPEECH_VERB = Wording.words(Lists.BEFORE_SPEECH_VERB);

  private static final Set<String> FIGURE_VERBS = Wording.words(Lists.FIGURE_VERBS);

  private static final Set<String> NOT_A_SOURCE_START = Wording.words(Lists.NOT_A_SOURCE_START);

  private static final Set<String> ARTICLES = SharedWords.ARTICLES;

  private static final PhraseTable<WordList> CUES_BEFORE_SOURCE =
      Wording.phrases(Lists.ACCORDING_TO);

  /**
   * Every word a cue starts with: a phrase before a source, a verb that puts a figure, a speech
   * verb. Asked first at each token, one bit test where the three readings asked three, and most
   * tokens start none.
   */
  private static final Set<String> CUE_STARTS = cueStarts();

  private static Set<String> cueStarts() {
    Set<String> all = new LinkedHashSet<>(CUES_BEFORE_SOURCE.firstWords());
    all.addAll(FIGURE_VERBS);
    all.addAll(SPEECH_VERBS);
    return WordSet.of(all);
  }

  @Override
  public List<AttributionMention> find(Sentence sentence) {
    TokenList t = sentence.tokens();
    List<AttributionMention> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).isAny(CUE_STARTS)) {
        continue; // no cue starts here, so none of the readings below can find one
      }
      AttributionMention m = null;
      PhraseTable.Match<WordList> cue = CUES_BEFORE_SOURCE.at(t, i);
      if (cue != null) {
        m = after(sentence, i, cue.end());
      } else if (putsAFigure(t, i)) {
        m = before(sentence, i); // "the army put the toll at six"
      } else if (t.get(i).isAny(SPEECH_VERBS)) {
        m = before(sentence, i);
        if (m == null && t.get(i).isAny(SPEECH_VERBS_BEFORE_SOURCE)) {
          m = after(sentence, i, i + 1);
        }
      }
      if (m != null && (found.isEmpty() || found.get(found.size() - 1).end() <= m.start())) {
        found.add(m);
        i = Math.max(i, m.end() - 1);
      }
    }
    return found;
  }

  private static final Set<String> FIGURES = Wording.words(Lists.FIGURE_NOUNS);

  /** "put the death toll at", "puts the number of injured at": an estimate someone states. */
  private static boolean putsAFigure(TokenList t, int i) {
    if (!t.get(i).isAny(FIGURE_VERBS)) {
      return false;
    }
    for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
      if (t.get(j).isAny(FIGURES)) {
        return true;
      }
    }
    return false;
  }

  /** The source after a cue: "according to [the Health Ministry]", "said [Sgt. Ana Ruiz]". */
  private AttributionMention after(Sentence s, int cue, int from) {
    TokenList t = s.tokens();
    int k = from;
    while (k < t.size() && t.get(k).isAny(ARTICLES)) {
      k++;
    }
    int end = nounPhraseEnd(t, k);
    if (end <= k) {
      return null;
    }
    String source = s.textBetween(from, end);
    return new AttributionMention(
        cue, end, s.spanBetween(cue, end), source, end - k == 1 && t.get(k).isAny(PRONOUNS));
  }

  /** The source before a speech verb: "[Ryder] said", "[police] told reporters". */
  private AttributionMention before(Sentence s, int verb) {
    TokenList t = s.tokens();
    int end = verb;
    if (end > 0 && t.get(end - 1).isAny(BEFORE_SPEECH_VERB)) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    Token last = t.get(end - 1);
    if (last.isAny(PRONOUNS)) {
      return new AttributionMention(
          end - 1, verb + 1, s.spanBetween(end - 1, verb + 1), last.text(), true);
    }
    if (!last.capitalized() && !last.isAny(COMMON_SOURCES) && !last.punct(')')) {
      return null;
    }
    int start = end - 1;
    while (start > 0 && start > end - 8 && partOfName(t.get(start - 1), t, start - 1)) {
      start--;
    }
    while (start < end && (t.get(start).isAny(NOT_A_SOURCE_START) || t.get(start).punct('('))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    return new AttributionMention(
        start, verb + 1, s.spanBetween(start, verb + 1), s.textBetween(start, end), false);
  }

  private static boolean partOfName(Token t, TokenList all, int k) {
    if (t.capitalized() || t.punct('.') || t.punct('(') || t.punct(')') || t.is("'s")) {
      return k > 0 || t.capitalized();
    }
    return (t.isAny(NP_GLUE) || t.isAny(NP_GLUE_BEFORE_VERB))
            && k > 0
            && all.get(k - 1).capitalized()
        || t.isAny(COMMON_SOURCES);
  }

  /** Capitalized words, title dots, a parenthetical acronym, joined by of/for/the. */
  private static int nounPhraseEnd(TokenList t, int k) {
    int end = k;
    int limit = Math.min(t.size(), k + 10);
    while (end < limit) {
      Token w = t.get(end);
      boolean name =
          w.capitalized()
              || w.punct('.')
                  && end > k
                  && t.get(end - 1).capitalized()
                  && t.get(end - 1).text().length() <= 4;
      boolean common = w.isAny(COMMON_SOURCES) || w.isAny(PRONOUNS) && end == k;
      boolean glue =
          (w.isAny(NP_GLUE) || w.punct('(')) && end + 1 < t.size() && t.get(end + 1).capitalized();
      boolean closing = w.punct(')') && end > k;
      // "the [state news] agency", "[local health] officials": up to two words before the head
      boolean adjective =
          end - k < 2
              && w.word()
              && !w.number()
              && (end + 1 < limit && t.get(end + 1).isAny(COMMON_SOURCES)
                  || end - k == 0
                      && end + 2 < limit
                      && t.get(end + 1).word()
                      && t.get(end + 2).isAny(COMMON_SOURCES));
      if (!(name || common || glue || closing || adjective)) {
        break;
      }
      end++;
    }
    return end;
  }
}
