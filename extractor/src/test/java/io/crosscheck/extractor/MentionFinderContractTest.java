package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionFinder;
import io.crosscheck.extractor.mention.HedgeFinder;
import io.crosscheck.extractor.mention.Mention;
import io.crosscheck.extractor.mention.MentionFinder;
import io.crosscheck.extractor.mention.PlaceFinder;
import io.crosscheck.extractor.mention.QuantityFinder;
import io.crosscheck.extractor.mention.TimeFinder;
import io.crosscheck.extractor.text.Document;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Article;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every mention-finding stage keeps, checked over the phrase corpus and the seeds:
 * mentions lie inside their sentence, come in order without overlapping, match their token offsets,
 * leave the sentence untouched, and an empty sentence yields none.
 */
class MentionFinderContractTest {

  static Stream<Arguments> stages() {
    Lexicon lexicon = Lexicon.standard();
    return Stream.of(
        Arguments.of("quantities", new QuantityFinder(lexicon)),
        Arguments.of("places", new PlaceFinder(lexicon)),
        Arguments.of("times", new TimeFinder(lexicon)),
        Arguments.of("hedges", new HedgeFinder(lexicon)),
        Arguments.of("attributions", new AttributionFinder()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void keeps_the_stage_contract(String name, MentionFinder<? extends Mention> finder) {
    for (Sentence sentence : sentences()) {
      Sentence before = snapshot(sentence);
      List<? extends Mention> mentions = finder.find(sentence);
      int lastEnd = 0;
      for (Mention m : mentions) {
        assertThat(m.start())
            .as("%s: token start in %s", name, sentence.text())
            .isGreaterThanOrEqualTo(lastEnd);
        assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(sentence.size());
        assertThat(sentence.span().contains(m.span()))
            .as("%s: span inside sentence", name)
            .isTrue();
        assertThat(m.span().start()).isEqualTo(sentence.token(m.start()).start());
        assertThat(m.span().end()).isEqualTo(sentence.token(m.end() - 1).end());
        lastEnd = m.end();
      }
      assertThat(sentence).as("%s: sentence untouched", name).isEqualTo(before);
    }
  }

  /**
   * A sentence built afresh from copies of the parts of {@code s}, sharing no object with it that
   * could change, so that a stage altering its input would make the two differ.
   */
  private static Sentence snapshot(Sentence s) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.text(), t.lower(), t.start(), t.kind()));
    }
    return new Sentence(
        s.field(),
        s.index(),
        s.paragraph(),
        new Span(s.span().start(), s.span().end()),
        s.text(),
        TokenList.of(tokens),
        s.role());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void finds_nothing_in_an_empty_sentence(String name, MentionFinder<? extends Mention> finder) {
    Sentence empty =
        new Sentence(
            io.crosscheck.model.TextField.TEXT,
            0,
            0,
            new Span(0, 0),
            "",
            TokenList.of(List.of()),
            Sentence.Role.BODY);
    assertThat(finder.find(empty)).isEmpty();
  }

  private static List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (PhraseCorpusTest.Case c : PhraseCorpusTest.corpus()) {
      all.addAll(Document.of(new Article("c", null, "", null, null, c.text())).sentences());
    }
    assertThat(all).hasSizeGreaterThan(200);
    return all;
  }
}
