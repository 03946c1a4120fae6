package io.crosscheck.extractor.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The claim readers' word lists are files a newsroom edits: each loads, and each says at its top
 * what its words do, with an example in quotes, so that whoever adds a word knows what it will do.
 */
class ClaimWordsTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(ClaimWords.class)
  void each_list_loads_and_opens_with_what_its_words_do_and_an_example(ClaimWords list)
      throws IOException {
    String file = "/io/crosscheck/extractor/rules/words/" + list.fileName() + ".txt";
    List<String> header = new ArrayList<>();
    String firstWord = null;
    try (InputStream in = ClaimWordsTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          header.add(line);
        } else if (!line.isBlank() && firstWord == null) {
          firstWord = line.strip();
        }
      }
    }

    assertThat(header).as(file).isNotEmpty();
    assertThat(String.join(" ", header)).as(file).contains("\"");
    assertThat(list.has(Tokenizer.tokenize(firstWord).get(0))).as(file).isTrue();
  }
}
