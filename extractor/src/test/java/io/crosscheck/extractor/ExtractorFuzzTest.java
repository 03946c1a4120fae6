package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ExtractedArticle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the whole extractor with Jazzer: any bytes, read as a text file, an
 * HTML page, a JSON article, JSON Lines or standard input (format sniffed), then every article
 * extracted. It must hold that nothing throws (no stage fails into an {@code internal-error}
 * diagnostic), nothing hangs (the timeout, which Jazzer turns into its per-input limit) and memory
 * stays bounded (the fuzzing run's heap is capped; running out is a finding), and that evidence
 * stays inside its field.
 *
 * <p>A normal build runs it as a regression test over the inputs in {@code
 * src/test/resources/io/crosscheck/extractor/ExtractorFuzzTestInputs/} (seeds, and every finding
 * once fixed). Fuzzing, for as long as you like (README, "Fuzzing"):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m ./mvnw -pl extractor -am test -Dtest=ExtractorFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false \
 *     "-DargLine=-Xmx512m -Djunit.jupiter.execution.timeout.mode=disabled"
 * }</pre>
 */
class ExtractorFuzzTest {

  /** Small inputs keep the fuzzer fast; the size limit itself is part of what is fuzzed. */
  private static final Extractor EXTRACTOR = Extractor.builder().maxBytes(64 * 1024).build();

  private static final String[] NAMES = {
    "article.txt", "article.html", "article.json", "article.jsonl", "-"
  };

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_bytes_in_any_form_are_read_without_failing(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();

    ReadResult read = EXTRACTOR.read(name, bytes);

    assertThat(read.articles().isEmpty() && read.problems().isEmpty())
        .as("an input yields articles or a problem")
        .isFalse();
    for (ArticleInput input : read.articles()) {
      ExtractedArticle extracted = EXTRACTOR.extract(input);
      assertThat(extracted.diagnostics())
          .as("no stage may fail")
          .noneMatch(d -> d.code().equals("internal-error"));
      for (Claim c : extracted.claims()) {
        String field =
            c.evidence().field() == io.crosscheck.model.TextField.TITLE
                ? input.article().title()
                : input.article().text();
        assertThat(c.evidence().end()).isLessThanOrEqualTo(field.length());
        assertThat(c.evidence().start()).isBetween(0, c.evidence().end());
      }
    }
  }
}
