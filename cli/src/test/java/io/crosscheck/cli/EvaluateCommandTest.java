package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crosscheck evaluate} on a small invented annotated folder (src/test/resources/annotated: a
 * fire told with 3 dead by one outlet and 4 by another, a shooting elsewhere, a story with no
 * casualty count that is annotated 0 to make one miss), as a newsroom checking its beat would run
 * it.
 */
class EvaluateCommandTest {

  private static final String GOLD = "src/test/resources/annotated";
  private static final String RECORDS = "src/test/resources/annotated-records";

  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void scores_each_lead_tally_against_what_its_text_states() throws IOException {
    Run run = run("evaluate", "--gold", GOLD, "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode killed = run.json().at("/tallies/0");
    assertThat(killed.at("/predicate").asText()).isEqualTo("killed");
    assertThat(killed.at("/annotated").asInt()).isEqualTo(3);
    assertThat(killed.at("/truePositives").asInt()).isEqualTo(2);
    assertThat(killed.at("/falsePositives").asInt()).isZero();
    assertThat(killed.at("/falseNegatives").asInt()).as("the bridge's 0").isEqualTo(1);
    assertThat(killed.at("/rightAbstentions").asInt()).as("the survivor: no toll").isEqualTo(1);
    assertThat(killed.at("/f1").asDouble()).isEqualTo(0.8);
    assertThat(run.json().at("/tallies/1/f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void flags_the_conflict_of_one_incident_and_not_the_different_incidents() throws IOException {
    JsonNode pairs = run("evaluate", "--gold", GOLD, "--format", "json").json().at("/pairs");

    assertThat(pairs.at("/labelled").asInt()).isEqualTo(3);
    assertThat(pairs.at("/flags/0/conflicts").asInt()).isEqualTo(1);
    assertThat(pairs.at("/flags/0/truePositives").asInt()).isEqualTo(1);
    assertThat(pairs.at("/flags/0/f1").asDouble()).isEqualTo(1.0);
    assertThat(pairs.at("/differentIncidentPairs").asInt()).isEqualTo(2);
    assertThat(pairs.at("/differentIncidentFlagged").asInt()).isZero();
  }

  @Test
  void a_figure_with_nothing_to_measure_is_null_never_a_perfect_score() throws IOException {
    JsonNode injuredFlags =
        run("evaluate", "--gold", GOLD, "--format", "json").json().at("/pairs/flags/1");

    assertThat(injuredFlags.at("/conflicts").asInt()).isZero();
    assertThat(injuredFlags.at("/f1").isNull()).isTrue();
    assertThat(injuredFlags.at("/precision").isNull()).isTrue();
  }

  @Test
  void errors_show_the_annotation_beside_what_the_engine_read() {
    Run run = run("evaluate", "--gold", GOLD, "--errors");

    assertThat(run.out())
        .contains("killed              3      2             0       1                  1")
        .contains("bridge  killed  missed: annotated 0, engine ?")
        .contains("annotator's note: annotated wrongly on purpose")
        .contains("the engine read no killed claim")
        .contains("different-incident pairs flagged: 0 of 2");
  }

  @Test
  void the_records_form_scores_only_the_checked_records() throws IOException {
    JsonNode report = run("evaluate", "--gold", RECORDS, "--format", "json").json();

    assertThat(report.at("/documents").asInt()).isEqualTo(2);
    assertThat(report.at("/tallies/0/truePositives").asInt()).isEqualTo(1);
    assertThat(report.at("/tallies/0/rightAbstentions").asInt()).isEqualTo(1);
    assertThat(report.at("/pairs").isNull()).as("no pairs.jsonl, no pair figures").isTrue();
  }

  @Test
  void kept_floors_exit_0_and_a_broken_floor_exits_1_naming_the_figure(@TempDir Path dir)
      throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(
        floors,
        "# corpus figure bound\n"
            + "annotated killed.f1 >= 0.80\n"
            + "annotated different-incident.flagged <= 0\n"
            + "other killed.f1 >= 0.99\n");
    assertThat(run("evaluate", "--gold", GOLD, "--floors", floors.toString()).code()).isZero();

    Files.writeString(floors, "annotated killed.f1 >= 0.81\n");
    Run broken = run("evaluate", "--gold", GOLD, "--floors", floors.toString());

    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("annotated killed.f1 >= 0.810 is broken: measured 0.800");
  }

  @Test
  void a_floor_on_an_unmeasured_figure_is_broken(@TempDir Path dir) throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "annotated injured.conflict.f1 >= 0\n");

    Run run = run("evaluate", "--gold", GOLD, "--floors", floors.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("measured nothing");
  }

  @Test
  void a_floors_file_naming_an_unknown_figure_is_refused(@TempDir Path dir) throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "annotated killed.score >= 0.5\n");

    Run run = run("evaluate", "--gold", GOLD, "--floors", floors.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("floors.tsv line 1: no figure is named 'killed.score'");
  }

  @Test
  void the_name_option_picks_the_floors_lines(@TempDir Path dir) throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "beat killed.f1 >= 0.9\n");

    Run run = run("evaluate", "--gold", GOLD, "--name", "beat", "--floors", floors.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("beat: 4 annotated articles");
  }

  @Test
  void a_malformed_line_is_an_input_error_naming_file_and_line(@TempDir Path dir)
      throws IOException {
    Path gold = copyOfGold(dir);
    Files.writeString(
        gold.resolve("documents.jsonl"),
        Files.readString(gold.resolve("documents.jsonl")).replaceFirst("\n", "\n{oops\n"));

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("documents.jsonl line 2: not JSON");
  }

  @Test
  void a_count_of_the_wrong_type_is_refused_with_the_field_named(@TempDir Path dir)
      throws IOException {
    Path gold = copyOfGold(dir);
    Files.writeString(
        gold.resolve("documents.jsonl"),
        Files.readString(gold.resolve("documents.jsonl"))
            .replaceFirst("\"text_killed\": 3", "\"text_killed\": \"three\""));

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err())
        .contains("line 1: text_killed must be a whole number of people or null, got \"three\"");
  }

  @Test
  void a_document_without_its_text_is_named(@TempDir Path dir) throws IOException {
    Path gold = copyOfGold(dir);
    Files.delete(gold.resolve("documents/shooting.txt"));

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("document 'shooting' has no text file");
  }

  @Test
  void a_pair_naming_an_unknown_document_is_refused(@TempDir Path dir) throws IOException {
    Path gold = copyOfGold(dir);
    Files.writeString(
        gold.resolve("pairs.jsonl"),
        "{\"a\": \"fire-wire\", \"b\": \"nowhere\", \"same_incident\": false}\n");

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("pair names document 'nowhere', which is not annotated");
  }

  @Test
  void a_pair_must_say_whether_it_is_one_incident(@TempDir Path dir) throws IOException {
    Path gold = copyOfGold(dir);
    Files.writeString(gold.resolve("pairs.jsonl"), "{\"a\": \"fire-wire\", \"b\": \"shooting\"}\n");

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("pairs.jsonl line 1: same_incident must be true or false");
  }

  @Test
  void a_floors_file_with_no_line_for_the_corpus_fails_rather_than_check_nothing(@TempDir Path dir)
      throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "Annotated killed.f1 >= 0.5\n");

    Run run = run("evaluate", "--gold", GOLD, "--floors", floors.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("no line for corpus 'annotated'");
  }

  @Test
  void unannotated_documents_are_not_scored_as_stating_nothing(@TempDir Path dir)
      throws IOException {
    Path gold = copyOfGold(dir);
    Files.writeString(
        gold.resolve("documents.jsonl"),
        "{\"id\": \"fire-wire\", \"incident\": \"x\", \"incident_killed\": 3}\n");

    Run run = run("evaluate", "--gold", gold.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("has no text_killed or text_injured annotation");
  }

  @Test
  void an_empty_corpus_is_refused_not_scored_perfect(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("documents.jsonl"), "\n");

    Run run = run("evaluate", "--gold", dir.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("holds no annotated article to score");
  }

  @Test
  void a_folder_in_no_known_form_says_what_it_needs(@TempDir Path dir) {
    Run run = run("evaluate", "--gold", dir.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("has neither documents.jsonl nor records.jsonl");
  }

  private static Path copyOfGold(Path dir) throws IOException {
    Path gold = dir.resolve("gold");
    Files.createDirectories(gold.resolve("documents"));
    for (String file : new String[] {"documents.jsonl", "pairs.jsonl"}) {
      Files.copy(Path.of(GOLD, file), gold.resolve(file));
    }
    try (var texts = Files.list(Path.of(GOLD, "documents"))) {
      for (Path text : texts.toList()) {
        Files.writeString(
            gold.resolve("documents").resolve(text.getFileName()),
            Files.readString(text, StandardCharsets.UTF_8));
      }
    }
    return gold;
  }
}
