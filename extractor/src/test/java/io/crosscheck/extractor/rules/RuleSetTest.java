package io.crosscheck.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The pattern language and its matcher, on small rule sets written for the test. */
class RuleSetTest {

  /** A digit token is an amount; so is a digit token with "million" after it, both tokens. */
  private static final ReadingKind AMOUNT = new ReadingKind("amount");

  private static final Readings.Factory AMOUNTS =
      tokens ->
          (kind, start, k) -> {
            if (!tokens.get(start).number()) {
              return -1;
            }
            boolean million = start + 1 < tokens.size() && tokens.get(start + 1).is("million");
            return k == 0 ? start + 1 : k == 1 && million ? start + 2 : -1;
          };

  private static final Vocabulary VOCABULARY =
      Vocabulary.builder()
          .wordSet("units", Set.of("miles", "acres", "percent"))
          .readings(AMOUNTS, AMOUNT)
          .build();

  @Test
  void matches_a_literal_word_in_any_case() {
    RuleSet rules = rules("rule route", "  match route n:#", "  mark LABEL n");

    List<String> marked = marked(rules, "ROUTE 9 and Route 66 closed", "LABEL");

    assertThat(marked).containsExactly("9", "66");
  }

  @Test
  void matches_a_word_family_and_a_named_word_set() {
    RuleSet rules = rules("rule measure", "  match n:# @units|kill|kills", "  mark MEASURE n");

    List<String> marked = marked(rules, "5 miles, 10 percent, 3 kills, 4 people", "MEASURE");

    assertThat(marked).containsExactly("5", "10", "3");
  }

  @Test
  void optional_and_bounded_repetition_match_every_length_within_bounds() {
    RuleSet rules = rules("rule aged", "  match aged ,? _{0,2} n:#", "  mark AGE n");

    List<String> marked =
        marked(rules, "aged 8 ; aged , 9 ; aged one two 10 ; aged a b c 11", "AGE");

    assertThat(marked).containsExactly("8", "9", "10");
  }

  @Test
  void a_rule_tried_only_near_its_number_still_matches_at_every_distance_from_it() {
    RuleSet rules = rules("rule labelled", "  match label? no|\"#\" n:#", "  mark LABEL n");

    List<String> marked = marked(rules, "label no 4 ; # 5 ; label # 6 ; no 7 ; 8", "LABEL");

    assertThat(marked).containsExactly("4", "5", "6", "7");
  }

  @Test
  void reports_every_match_with_its_own_captures() {
    RuleSet rules = rules("rule ages", "  match ages #|,|and{0,5} n:#", "  mark AGE n");

    List<String> marked = marked(rules, "children ages 8, 11 and 14", "AGE");

    assertThat(marked).containsExactly("8", "11", "14");
  }

  @Test
  void a_later_stage_reads_the_marks_of_an_earlier_one() {
    RuleSet rules =
        RuleSet.parse(
            "test.rules",
            List.of(
                "stage 1 rates",
                "rule per-day",
                "  match r:a|per day",
                "  mark RATE r",
                "  example 5 a day => \"a\"",
                "stage 2 counts",
                "rule rate",
                "  match n:# _? [RATE]",
                "  mark NOT_A_COUNT n",
                "  example 5 soldiers a day => \"5\""),
            VOCABULARY);

    List<String> marked = marked(rules, "500 soldiers a day; 7 soldiers a week", "NOT_A_COUNT");

    assertThat(marked).containsExactly("500");
  }

  @Test
  void each_stage_asks_afresh_which_of_its_rules_the_sentence_can_hold() {
    // the first rule of each stage: stage 1's needs "years" (at no fixed place, so it is asked
    // whether the sentence has the word), which the sentence lacks; stage 2's does not, and is
    // still tried: the answer is not carried from one stage's rule to the other's
    RuleSet rules =
        RuleSet.parse(
            "test.rules",
            List.of(
                "stage 1 ages",
                "rule age",
                "  match n:# [WORD]? years old",
                "  mark AGE n",
                "  example a man, 40 years old => \"40\"",
                "stage 2 troops",
                "rule troops",
                "  match n:# soldiers",
                "  mark TROOPS n",
                "  example 500 soldiers arrived => \"500\""),
            VOCABULARY);

    String text = "500 soldiers arrived, 40 more left";

    assertThat(marked(rules, text, "AGE")).isEmpty();
    assertThat(marked(rules, text, "TROOPS")).containsExactly("500");
  }

  @Test
  void a_reading_matches_all_of_its_tokens_as_one_element() {
    RuleSet rules = rules("rule price", "  match n:<amount> dollars", "  mark PRICE n");

    List<String> marked = marked(rules, "3 million dollars and 4 dollars", "PRICE");

    assertThat(marked).containsExactly("3 million", "4");
  }

  @Test
  void anchors_match_only_at_the_sentence_edges() {
    RuleSet rules =
        rules(
            "rule first",
            "  match <start> n:#",
            "  mark EDGE n",
            "rule last",
            "  match n:# <end>",
            "  mark EDGE n");

    List<String> marked = marked(rules, "2019 was worse than 2018 but not 2020", "EDGE");

    assertThat(marked).containsExactly("2019", "2020");
  }

  @Test
  void a_negated_clause_rejects_every_listed_word() {
    RuleSet rules = rules("rule age", "  match [WORD]&!killed|hurt , n:# ,", "  mark AGE n");

    List<String> marked = marked(rules, "a woman, 34, and those killed, 3, and hurt, 2,", "AGE");

    assertThat(marked).containsExactly("34");
  }

  @Test
  void globs_and_digit_ranges_test_the_token_s_form() {
    RuleSet rules =
        rules(
            "rule age-word",
            "  match n:# year-old*|*-month-old",
            "  mark AGE n",
            "rule year",
            "  match in y:#1800..2100",
            "  mark YEAR y");

    RuleRun run =
        rules.run(tokens("a 3 year-olds, a 9 six-month-old, in 1990, in 2500"), Readings.NONE);

    assertThat(
            spans(
                run, rules.attribute("AGE"), "a 3 year-olds, a 9 six-month-old, in 1990, in 2500"))
        .containsExactly("3", "9");
    assertThat(
            spans(
                run, rules.attribute("YEAR"), "a 3 year-olds, a 9 six-month-old, in 1990, in 2500"))
        .containsExactly("1990");
  }

  @Test
  void an_emit_rule_makes_a_candidate_with_fields_from_its_captures() {
    RuleSet rules =
        RuleSet.parse(
            "test.rules",
            List.of(
                "stage 1 claims",
                "rule killing",
                "  match killing n:# who:_",
                "  emit killed value=n group=who",
                "  example killing 15 militants => \"killing 15 militants\""),
            VOCABULARY);

    RuleRun run = rules.run(tokens("an attack killing 15 militants"), Readings.NONE);

    assertThat(run.candidates())
        .containsExactly(
            new Candidate(
                "killing",
                "killed",
                2,
                5,
                List.of(new Candidate.Field("value", 3, 4), new Candidate.Field("group", 4, 5))));
  }

  @Test
  void time_stays_linear_on_a_long_sentence_built_to_make_patterns_branch() {
    RuleSet rules =
        rules(
            "rule branchy",
            "  match a{0,20} _{0,20} a{0,20} n:b",
            "  mark HIT n",
            "rule any",
            "  match _{1,20} _{0,20} n:c",
            "  mark HIT n");
    TokenList tokens = tokens(String.join(" ", Collections.nCopies(20_000, "a")));

    RuleRun run =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> rules.run(tokens, Readings.NONE));

    assertThat(run.marks().none(rules.attribute("HIT"))).isTrue();
  }

  @Test
  void one_rule_set_gives_every_thread_the_same_result() throws Exception {
    RuleSet rules = rules("rule ages", "  match ages #|,|and{0,5} n:#", "  mark AGE n");
    String text = "children ages 8, 11 and 14 and ages 3 and 5";
    List<String> alone = marked(rules, text, "AGE");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(pool.submit(() -> marked(rules, text, "AGE")));
      }

      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // -- helpers

  /** One stage of rules given as name, match and mark lines; examples are not run here. */
  private static RuleSet rules(String... lines) {
    List<String> file = new ArrayList<>(List.of("stage 1 test"));
    for (String line : lines) {
      file.add(line);
      if (line.strip().startsWith("mark") || line.strip().startsWith("emit")) {
        file.add("  example x => nothing");
      }
    }
    return RuleSet.parse("test.rules", file, VOCABULARY);
  }

  private static List<String> marked(RuleSet rules, String text, String attribute) {
    TokenList tokens = tokens(text);
    RuleRun run = rules.run(tokens, AMOUNTS.of(tokens));
    return spans(run, rules.attribute(attribute), text);
  }

  private static List<String> spans(RuleRun run, Attribute attribute, String text) {
    TokenList tokens = tokens(text);
    List<String> spans = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      for (int end = start + 1; end <= tokens.size(); end++) {
        if (run.marks().has(attribute, start, end)) {
          spans.add(text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
        }
      }
    }
    return spans;
  }

  private static TokenList tokens(String text) {
    return Tokenizer.tokenize(text);
  }
}
