package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.model.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline hands the tally stage the sentences it read, whose words the lead-count features
 * reuse; an article read elsewhere has only its text. Both ways must choose the same tally.
 */
class TallyStageTest {

  private static final Extractor RULES = Extractor.builder().tallyModel(TallyModel.RULES).build();
  private static final Extractor STANDARD = Extractor.standard();

  @Test
  void chooses_the_same_tally_from_the_read_sentences_as_from_the_text_alone() throws IOException {
    // given
    List<String> differing = new ArrayList<>();
    int read = 0;
    for (Path p : articles()) {
      for (ArticleInput in : RULES.read(p.toString(), Files.readAllBytes(p)).articles()) {
        // when
        ExtractedArticle fromText = TallyModel.standard().apply(RULES.extract(in));
        ExtractedArticle fromSentences = STANDARD.extract(in);
        read++;

        // then
        if (!fromText.equals(fromSentences)) {
          differing.add(p.getFileName().toString());
        }
      }
    }
    assertThat(read).isGreaterThan(150);
    assertThat(differing).isEmpty();
  }

  /** The seeds and every evaluation corpus's articles. */
  private static List<Path> articles() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      all.addAll(seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
    for (String corpus :
        List.of("eval", "eval-blind", "eval-holdout", "eval-final", "eval-final2")) {
      try (Stream<Path> eval = Files.list(PhraseCorpusTest.resource(corpus + "/articles"))) {
        all.addAll(eval.sorted().toList());
      }
    }
    return all;
  }
}
