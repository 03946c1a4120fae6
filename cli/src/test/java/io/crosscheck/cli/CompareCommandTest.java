package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code crosscheck compare} on the seeds, as a desk would run it. */
class CompareCommandTest {

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    CompareCommand compare = cli.getSubcommands().get("compare").getCommand();
    compare.stdin = new ByteArrayInputStream(new byte[0]);
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void json_follows_the_comparison_contract() throws IOException {
    Run run = run("compare", "--format", "json", "../seeds");

    assertThat(run.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/articles").size()).isEqualTo(2);
    JsonNode d = root.at("/discrepancies/0");
    assertThat(d.at("/kind").asText()).isEqualTo("numeric-conflict");
    assertThat(d.at("/predicate").asText()).isEqualTo("injured");
    assertThat(d.at("/group").asText()).isEqualTo("us-military");
    assertThat(d.at("/severity").asText()).isEqualTo("high");
    assertThat(d.at("/sameEvent/confidence").isNumber()).isTrue();
    assertThat(d.at("/claims").size()).isEqualTo(2);
    assertThat(d.at("/explanation").asText()).contains("early on Thursday");
    assertThat(root.at("/discrepancies").size()).isEqualTo(1);
    assertThat(root.at("/incidents").size()).as("the two seeds tell one incident").isEqualTo(1);
    assertThat(root.at("/incidents/0/members").size()).isEqualTo(2);
    assertThat(root.at("/incidents/0/reasons").toString())
        .contains("both count injured us-military");
    assertThat(root.at("/corroborations").isArray()).isTrue();
  }

  @Test
  void fail_on_high_exits_1_when_a_high_discrepancy_is_found() {
    assertThat(run("compare", "--fail-on", "high", "../seeds").code()).isEqualTo(1);
    assertThat(run("compare", "--fail-on", "low", "../seeds").code()).isEqualTo(1);
  }

  @Test
  void the_table_lists_the_incidents_several_articles_tell() {
    Run run = run("compare", "../seeds");

    assertThat(run.out()).contains("Incidents told by several articles:");
    assertThat(run.out()).contains("000_cde8a219cd6b18c1, 003_82f710ceeded4022");
  }

  @Test
  void as_a_mixed_intake_the_seeds_are_not_evidence_enough_for_one_incident() {
    // undated, no name in common: likelier one than two in a story, but not at the precision a
    // day's mixed intake asks
    Run run = run("compare", "--intake", "--format", "json", "../seeds");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"discrepancies\" : [ ]");
  }

  @Test
  void without_fail_on_finding_discrepancies_still_exits_0() {
    assertThat(run("compare", "../seeds").code()).isZero();
  }

  @Test
  void an_unknown_severity_is_a_usage_error() {
    Run run = run("compare", "--fail-on", "urgent", "../seeds");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("low, medium, high");
  }

  @Test
  void markdown_escapes_what_comes_from_articles() {
    Run run = run("compare", "--format", "markdown", "../seeds");

    assertThat(run.out()).startsWith("## Crosscheck: 1 discrepancy in 2 articles");
    assertThat(run.out()).contains("| 000\\_cde8a219cd6b18c1 | 7 | unconfirmed |");
  }

  @Test
  void the_table_shows_both_values_and_the_evidence() {
    Run run = run("compare", "../seeds");

    assertThat(run.out())
        .contains("[high] numeric-conflict")
        .contains("seven American soldiers")
        .contains("both individuals");
  }

  @Test
  void standard_input_can_be_compared_with_files() {
    StringWriter out = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    CompareCommand compare = cli.getSubcommands().get("compare").getCommand();
    compare.stdin =
        new ByteArrayInputStream(
            "Three soldiers were wounded in a raid in western Iraq."
                .getBytes(StandardCharsets.UTF_8));

    assertThat(cli.execute("compare", "-", "../seeds/003_82f710ceeded4022.txt")).isZero();
    assertThat(out.toString()).contains("2 articles");
  }

  @Test
  void the_html_report_is_self_contained_and_keeps_hostile_text_inert(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Files.writeString(
        dir.resolve("a.txt"),
        "---\nsource: <script>alert(1)</script>\npublished: 2024-05-02\n---\n"
            + "Three people were killed <img src=x onerror=alert(2)> in a shooting in Dayton, Ohio, on Wednesday.");
    java.nio.file.Files.writeString(
        dir.resolve("b.txt"),
        "---\nsource: B\npublished: 2024-05-02\n---\n"
            + "Six people were killed in a shooting in Dayton, Ohio, on Wednesday, police said.");

    Run run = run("compare", "--format", "html", dir.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("<!doctype html>")
        .contains("Content-Security-Policy")
        .contains("<mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script")
        .doesNotContain("<img");
  }

  @Test
  void severities_and_formats_are_taken_in_any_case() {
    assertThat(run("compare", "--fail-on", "HIGH", "../seeds").code()).isEqualTo(1);
    assertThat(run("compare", "--format", "JSON", "../seeds").out()).startsWith("{");
  }

  @Test
  void fail_on_values_are_offered_for_completion() {
    CommandLine cli = Crosscheck.commandLine();
    var option = cli.getSubcommands().get("compare").getCommandSpec().findOption("--fail-on");

    assertThat(option.completionCandidates()).containsExactly("low", "medium", "high");
  }

  @Test
  void quiet_is_taken_and_errors_still_show() {
    Run run = run("compare", "-q", "../seeds", "-");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("- is empty");
    assertThat(run.out()).contains("2 articles");
  }

  @Test
  void no_heading_is_printed_for_a_section_with_nothing_in_it() {
    Run none = runOn("The council met on Tuesday.", "compare", "-");

    assertThat(none.code()).isZero();
    assertThat(none.out()).startsWith("1 article, 0 discrepancies");
    assertThat(none.out()).doesNotContain("Agreed or single-source counts");
  }

  private Run runOn(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    CompareCommand compare = cli.getSubcommands().get("compare").getCommand();
    compare.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }
}
