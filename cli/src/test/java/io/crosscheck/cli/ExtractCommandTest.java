package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosscheck extract} as a user at a terminal meets it: inputs, formats, exit codes. */
class ExtractCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    ExtractCommand extract = cli.getSubcommands().get("extract").getCommand();
    extract.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reads_an_article_from_standard_input() throws IOException {
    Run run = run("Three people were killed and five injured in a blast.", "extract", "-");

    assertThat(run.code()).isZero();
    JsonNode lead = run.json().at("/articles/0/events/0");
    assertThat(lead.at("/lead").asBoolean()).isTrue();
    assertThat(lead.at("/tally/killed/min").asLong()).isEqualTo(3);
    assertThat(lead.at("/tally/injured/max").asLong()).isEqualTo(5);
  }

  @Test
  void reads_front_matter_and_resolves_relative_dates_backwards() throws IOException {
    Path article = dir.resolve("raid.txt");
    Files.writeString(
        article,
        "---\nsource: Wire\npublished: 2024-10-22\ntitle: Raid in Iraq\n---\n"
            + "Two soldiers were wounded in a raid in western Iraq last night, officials said.\n");

    JsonNode a = run("", "extract", article.toString()).json().at("/articles/0");

    assertThat(a.at("/source").asText()).isEqualTo("Wire");
    assertThat(a.at("/published").asText()).isEqualTo("2024-10-22");
    assertThat(a.at("/events/0/when/date").asText()).isEqualTo("2024-10-21");
    assertThat(a.at("/claims/0/predicate").asText()).isEqualTo("injured");
    assertThat(a.at("/claims/0/certainty").asText()).isEqualTo("attributed");
  }

  @Test
  void evidence_offsets_point_at_the_claims_words() throws IOException {
    String text = "Police said 12 people were killed.";
    JsonNode claim = run(text, "extract", "-").json().at("/articles/0/claims/0");

    int start = claim.at("/evidence/start").asInt();
    int end = claim.at("/evidence/end").asInt();
    assertThat(text.substring(start, end)).isEqualTo("12 people were killed");
  }

  @Test
  void an_unreadable_input_exits_3_names_the_file_and_keeps_the_readable_ones() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Four people died in the fire.");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");

    Run run = run("", "extract", good.toString(), empty.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("empty.txt").contains("empty");
    assertThat(run.json().at("/articles").size()).isEqualTo(1);
  }

  @Test
  void malformed_json_is_reported_with_its_position() {
    Run run = run("{\"text\": \"Two killed\", ", "extract", "-");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("not valid JSON").contains("line 1");
  }

  @Test
  void a_missing_file_is_a_usage_error() {
    Run run = run("", "extract", dir.resolve("nope.txt").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder");
  }

  @Test
  void an_unknown_format_is_a_usage_error() {
    assertThat(run("x", "extract", "--format", "yaml", "-").code()).isEqualTo(2);
  }

  @Test
  void a_folder_is_read_in_name_order_skipping_non_articles() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Two were injured.");
    Files.writeString(dir.resolve("a.json"), "{\"id\": \"first\", \"text\": \"One man died.\"}");
    Files.writeString(dir.resolve("notes.csv"), "not,an,article");

    JsonNode articles = run("", "extract", dir.toString()).json().at("/articles");

    assertThat(articles.size()).isEqualTo(2);
    assertThat(articles.get(0).at("/id").asText()).isEqualTo("first");
    assertThat(articles.get(1).at("/id").asText()).isEqualTo("b");
  }

  @Test
  void table_format_shows_the_lead_tally_and_each_claim() {
    Run run =
        run("Five people were shot, two of them fatally.", "extract", "--format", "table", "-");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("LEAD").contains("killed 2").contains("injured 3");
  }

  @Test
  void help_lists_the_exit_codes() {
    Run run = run("", "extract", "--help");

    assertThat(run.out()).contains("Exit codes").contains("3").contains("Examples");
  }

  @Test
  void a_usage_error_says_what_was_wrong_and_where_help_is_not_the_whole_help() {
    Run run = run("", "extract", "--format", "yaml", "-");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("yaml")
        .contains("Try 'crosscheck extract --help'")
        .doesNotContain("Exit codes");
  }

  @Test
  void formats_are_taken_in_any_case() {
    assertThat(run("One man died.", "extract", "--format", "JSON", "-").code()).isZero();
  }

  @Test
  void an_input_cut_at_the_size_limit_is_warned_about_on_standard_error() throws IOException {
    Run run = run("Two people were killed in the blast.", "extract", "--max-bytes", "20", "-");

    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning").contains("larger than the limit of 20 bytes");
    assertThat(run("Two people were killed.", "extract", "-q", "--max-bytes", "20", "-").err())
        .isEmpty();
  }

  @Test
  void an_empty_folder_is_a_usage_error_saying_so() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.csv"), "a,b");

    Run run = run("", "extract", empty.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no article file to read in " + empty);
  }

  @Test
  void a_symbolic_link_loop_given_as_the_path_is_named_as_such() throws IOException {
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop);

    Run run = run("", "extract", loop.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("loop.txt").contains("symbolic link").doesNotContain("no such");
  }

  @Test
  void links_inside_a_folder_are_followed_and_loops_among_them_warned_about() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("news"));
    Files.writeString(folder.resolve("a.txt"), "One man died.");
    Files.createSymbolicLink(folder.resolve("self.txt"), folder.resolve("self.txt"));
    Files.createSymbolicLink(folder.resolve("again"), folder); // a folder that contains itself
    Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("missing.txt"));

    Run run = run("", "extract", folder.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains("skipped " + folder.resolve("self.txt"))
        .contains("skipped " + folder.resolve("again") + ": symbolic link loop")
        .contains("gone.txt: a symbolic link to a file that does not exist");
    assertThat(run.json().at("/articles").size()).isEqualTo(1);
  }

  @Test
  void a_file_that_cannot_be_read_says_why() {
    assertThat(Inputs.reason(new java.nio.file.AccessDeniedException("/x/a.txt")))
        .isEqualTo("permission denied");
    assertThat(Inputs.reason(new java.nio.file.NoSuchFileException("/x/a.txt")))
        .isEqualTo("no such file");
  }
}
