package io.crosscheck.extractor.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link EntityNames} give what the work they stand in for gave. */
class EntityNamesTest {

  private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

  @Test
  void strips_a_leading_the_as_the_pattern_did() {
    String[] sources = {
      "the US Central Command",
      "The  Army",
      "THE\tNavy",
      "tHe\u000B\f\r\nPolice",
      "the the Army",
      "theArmy",
      "the",
      "the ",
      "then the army",
      "Thé Army",
      "\u0167he Army",
      "Army of the Republic",
      " the Army",
      "",
      "th"
    };
    for (String s : sources) {
      assertThat(EntityNames.withoutLeadingThe(s))
          .as(s)
          .isEqualTo(LEADING_THE.matcher(s).replaceAll(""));
    }
  }

  @Test
  void skips_only_pairs_whose_similarity_cannot_pass() {
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    Random random = new Random(7);
    String letters = "aabcdeeilmnorstu -";
    int skipped = 0;
    for (int n = 0; n < 200_000; n++) {
      String a = word(random, letters, 1 + random.nextInt(30));
      String b = random.nextBoolean() ? a.substring(0, 1 + random.nextInt(a.length())) : a;
      b = b + word(random, letters, random.nextInt(20));
      if (EntityNames.tooUnlikeInLength(a, b)) {
        skipped++;
        assertThat(similarity.apply(a, b))
            .as(a + " / " + b)
            .isLessThanOrEqualTo(EntityNames.SAME_ORGANISATION);
      }
    }
    assertThat(skipped).isPositive();
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder w = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      w.append(letters.charAt(random.nextInt(letters.length())));
    }
    return w.toString();
  }
}
