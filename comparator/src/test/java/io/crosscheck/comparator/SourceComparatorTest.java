package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.DiscrepancyKind;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What an editor is shown when articles about one story are compared. */
class SourceComparatorTest {

  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final SourceComparator COMPARATOR = SourceComparator.standard();

  private static ExtractedArticle article(String name, String content) {
    ArticleInput input =
        EXTRACTOR.read(name, content.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    return EXTRACTOR.extract(input);
  }

  /** An article as a file with front matter: its source, its date, then the text. */
  private static ExtractedArticle dated(String name, String source, String published, String text) {
    return article(name, "---\nsource: " + source + "\npublished: " + published + "\n---\n" + text);
  }

  private static List<ExtractedArticle> seeds() throws IOException {
    List<ExtractedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(article(p.getFileName().toString(), Files.readString(p)));
      }
    }
    return out;
  }

  @Test
  void the_seeds_disagree_only_on_the_injured_us_soldiers() throws IOException {
    Comparison c = COMPARATOR.compare(seeds());

    assertThat(c.discrepancies()).hasSize(1);
    Discrepancy d = c.discrepancies().get(0);
    assertThat(d.kind()).isEqualTo(DiscrepancyKind.NUMERIC_CONFLICT);
    assertThat(d.predicate()).isEqualTo(Predicate.INJURED);
    assertThat(d.group()).isEqualTo("us-military");
    assertThat(d.claims()).extracting(r -> r.value().min()).containsExactlyInAnyOrder(7L, 2L);
    assertThat(d.severity()).isEqualTo(Severity.HIGH);
    assertThat(d.sameEvent().reasons()).anyMatch(r -> r.contains("gives no date"));
    assertThat(d.explanation()).contains("7").contains("2").contains("Patrick Ryder");
  }

  @Test
  void troops_in_iraq_and_troops_in_the_region_are_a_difference_of_scope() throws IOException {
    Comparison c = COMPARATOR.compare(seeds());

    assertThat(c.discrepancies()).noneMatch(d -> d.predicate() == Predicate.DEPLOYED);
  }

  @Test
  void various_operatives_is_compatible_with_fifteen_killed() throws IOException {
    Comparison c = COMPARATOR.compare(seeds());

    assertThat(c.discrepancies()).noneMatch(d -> d.predicate() == Predicate.KILLED);
    assertThat(c.corroborations())
        .anyMatch(k -> k.predicate() == Predicate.KILLED && !k.singleSource());
  }

  @Test
  void shootings_in_one_city_on_one_day_at_different_times_are_two_incidents() {
    ExtractedArticle night =
        dated(
            "a.txt",
            "A",
            "2025-06-01",
            "Two dead in Oakland shooting\n\n"
                + "Two men were killed in a shooting near Lake Merritt on Saturday night, Oakland"
                + " police said.\n");
    ExtractedArticle afternoon =
        dated(
            "b.txt",
            "B",
            "2025-06-01",
            "Woman killed in East Oakland\n\n"
                + "A woman was shot and killed on International Boulevard in East Oakland on"
                + " Saturday afternoon, police said.\n");
    ExtractedArticle evening =
        dated(
            "c.txt",
            "C",
            "2025-06-01",
            "Three killed in Oakland shooting\n\n"
                + "Three men were killed in a shooting near Lake Merritt on Saturday evening,"
                + " Oakland police said.\n");

    assertThat(COMPARATOR.compare(List.of(night, afternoon)).discrepancies()).isEmpty();
    // evening and night may be one moment: the toll differs, the incident is one
    assertThat(COMPARATOR.compare(List.of(night, evening)).discrepancies()).hasSize(1);
  }

  @Test
  void placeholder_headlines_alike_do_not_make_two_incidents_one() {
    ExtractedArticle first = json("a", "---", "He died at Regional One Health late Saturday.");
    ExtractedArticle second =
        json("b", "---", "Nine people were killed last month, officials said.");

    assertThat(COMPARATOR.compare(List.of(first, second)).discrepancies()).isEmpty();
    assertThat(COMPARATOR.sameIncident(first, second).reasons())
        .noneMatch(r -> r.startsWith("headlines alike"));
    // the same texts under real, alike headlines count the likeness as evidence: the placeholder
    // is what is ignored, not headlines as such
    ExtractedArticle titled =
        json("c", "Nine killed in the city", "He died at Regional One Health late Saturday.");
    ExtractedArticle alike =
        json("d", "Nine killed in the city", "Nine people were killed last month, officials said.");
    assertThat(COMPARATOR.sameIncident(titled, alike).reasons())
        .anyMatch(r -> r.startsWith("headlines alike"));
  }

  private static ExtractedArticle json(String id, String title, String text) {
    String body =
        "{\"id\":\""
            + id
            + "\",\"source\":\""
            + id
            + "\",\"title\":\""
            + title
            + "\",\"text\":\""
            + text
            + "\"}";
    ArticleInput input =
        EXTRACTOR.read(id + ".json", body.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    return EXTRACTOR.extract(input);
  }

  @Test
  void compatible_bounds_are_no_conflict() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "At least three people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-02",
            "Five people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");

    Comparison c = COMPARATOR.compare(List.of(a, b));

    assertThat(c.discrepancies()).isEmpty();
    assertThat(c.corroborations())
        .filteredOn(k -> k.claims().size() == 2)
        .extracting(k -> k.value())
        .as("not contradictory, most specific: five")
        .containsExactly(io.crosscheck.model.Interval.exactly(5));
  }

  @Test
  void a_third_article_stating_no_total_does_not_hide_the_conflict_of_two_that_do() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "Three people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-02",
            "Five people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");
    ExtractedArticle c =
        dated(
            "c.txt",
            "C",
            "2024-05-02",
            "Officials denied rumours that 12 people were killed in a shooting in Dayton, Ohio, on"
                + " Wednesday night.");

    Comparison two = COMPARATOR.compare(List.of(a, b));
    Comparison three = COMPARATOR.compare(List.of(a, b, c));

    assertThat(two.discrepancies()).hasSize(1);
    assertThat(three.discrepancies())
        .filteredOn(d -> d.kind() == DiscrepancyKind.NUMERIC_CONFLICT)
        .singleElement()
        .satisfies(d -> assertThat(d.claims()).extracting(r -> r.article()).contains("a", "b"));
  }

  @Test
  void one_shooting_told_twice_with_different_tolls_is_a_conflict() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "Three people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-02",
            "Six people were killed in a shooting in Dayton, Ohio, on Wednesday night, officials said.");

    List<Discrepancy> found = COMPARATOR.compare(List.of(a, b)).discrepancies();

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiscrepancyKind.NUMERIC_CONFLICT);
              assertThat(d.predicate()).isEqualTo(Predicate.KILLED);
            });
  }

  @Test
  void explanations_name_each_article_by_its_source_throughout() {
    ExtractedArticle dated =
        dated(
            "wire-0412.txt",
            "Wire",
            "2024-05-02",
            "Three people were killed in a shooting at the Elm Street Market in Dayton, Ohio, on"
                + " Wednesday night, police said.");
    ExtractedArticle undated =
        article(
            "daily-88.txt",
            "---\nsource: Daily\n---\nSix people were killed in a shooting at the Elm Street"
                + " Market in Dayton, Ohio, officials said.");

    var comparison = COMPARATOR.compare(List.of(dated, undated));

    List<String> sentences = new ArrayList<>();
    comparison.discrepancies().forEach(d -> sentences.add(d.explanation()));
    comparison.incidents().forEach(i -> sentences.addAll(i.reasons()));
    assertThat(sentences).anyMatch(s -> s.contains("Daily gives no date"));
    assertThat(sentences)
        .noneMatch(s -> s.contains(dated.article().id()) || s.contains(undated.article().id()));
  }

  @Test
  void shootings_in_different_cities_are_not_compared() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "Three people were killed in a shooting in Dayton, Ohio, on Wednesday night, police said.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-02",
            "Six people were killed in a shooting in Toledo, Ohio, on Wednesday night, police said.");

    assertThat(COMPARATOR.compare(List.of(a, b)).discrepancies()).isEmpty();
  }

  @Test
  void shootings_at_different_addresses_on_one_day_stay_apart() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "A man was shot and killed on Elm Street on Wednesday night, police said.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-02",
            "Two men were shot and killed on Maple Avenue on Wednesday night, police said.");

    assertThat(COMPARATOR.compare(List.of(a, b)).discrepancies()).isEmpty();
  }

  @Test
  void a_later_report_with_a_higher_toll_is_an_update() {
    ExtractedArticle a =
        dated(
            "a.txt",
            "A",
            "2024-05-02",
            "Eight people were killed when a bus plunged into a gorge in Himachal Pradesh on Tuesday.");
    ExtractedArticle b =
        dated(
            "b.txt",
            "B",
            "2024-05-03",
            "The death toll from Tuesday's bus crash in Himachal Pradesh rose to 12 on Wednesday.");

    assertThat(COMPARATOR.compare(List.of(a, b)).discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DiscrepancyKind.UPDATE));
  }

  @Test
  void a_toll_at_least_forty_one_day_and_at_least_sixty_five_the_next_is_an_update() {
    ExtractedArticle first =
        dated(
            "a.txt",
            "A",
            "2024-03-04",
            "At least 40 people were killed when a hotel collapsed in Lima on Monday, officials"
                + " said.");
    ExtractedArticle next =
        dated(
            "b.txt",
            "B",
            "2024-03-05",
            "At least 65 people were killed when a hotel collapsed in Lima on Monday, officials"
                + " said on Tuesday.");
    ExtractedArticle vague =
        dated(
            "c.txt",
            "C",
            "2024-03-04",
            "Many people were killed when a hotel collapsed in Lima on Monday, officials said.");

    assertThat(COMPARATOR.compare(List.of(first, next)).discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DiscrepancyKind.UPDATE));
    // "many" admits every number above it: no toll of its own
    assertThat(COMPARATOR.compare(List.of(vague, next)).discrepancies()).isEmpty();
  }

  @Test
  void a_count_stated_by_one_source_only_is_listed_as_such() throws IOException {
    Comparison c = COMPARATOR.compare(seeds());

    assertThat(c.corroborations())
        .anyMatch(k -> k.singleSource() && k.predicate() == Predicate.CASUALTIES);
  }
}
