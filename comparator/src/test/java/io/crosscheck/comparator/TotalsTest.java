package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dead and the wounded are set against each other as each article totals them. */
class TotalsTest {

  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final SourceComparator COMPARATOR = SourceComparator.standard();

  private static ExtractedArticle dated(String name, String source, String text) {
    String content = "---\nsource: " + source + "\npublished: 2024-09-10\n---\n" + text;
    ArticleInput input =
        EXTRACTOR.read(name, content.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    return EXTRACTOR.extract(input);
  }

  @Test
  void a_child_told_by_age_and_people_told_in_general_are_one_count_of_the_dead() {
    ExtractedArticle child =
        dated(
            "a.txt",
            "A",
            "Boy killed in Tulsa shooting\n\nA 6-year-old boy was killed when gunfire struck a"
                + " house on Birch Lane in Tulsa on Monday night, police said.\n");
    ExtractedArticle people =
        dated(
            "b.txt",
            "B",
            "Two dead in Tulsa shooting\n\nTwo people were killed when gunfire struck a house on"
                + " Birch Lane in Tulsa on Monday night, police said.\n");

    assertThat(COMPARATOR.compare(List.of(child, people)).discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.predicate()).isEqualTo(Predicate.KILLED);
              assertThat(d.claims()).extracting(r -> r.value().min()).containsExactly(1L, 2L);
            });
  }

  @Test
  void counts_joined_in_one_phrase_are_the_article_s_count_and_a_part_is_no_side() {
    ExtractedArticle joined =
        dated(
            "a.txt",
            "A",
            "Mother was at bar when her son was shot\n\nTULSA, OK - Dana Ruiz was celebrating her"
                + " son's birthday at the Red Lantern bar early Sunday when he and six other people"
                + " were shot, police said.\n");
    ExtractedArticle six =
        dated(
            "b.txt",
            "B",
            "Six wounded at Tulsa bar\n\nTULSA, OK - Six people were wounded when a gunman opened"
                + " fire at the Red Lantern bar early Sunday, police said.\n");

    List<Discrepancy> found = COMPARATOR.compare(List.of(joined, six)).discrepancies();

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.predicate()).isEqualTo(Predicate.INJURED);
              assertThat(d.claims()).extracting(r -> r.value().min()).containsExactly(7L, 6L);
              assertThat(d.explanation()).contains("he and six other people");
            });
  }

  @Test
  void two_different_lower_bounds_differ_and_a_bound_does_not_differ_from_what_it_admits() {
    assertThat(SourceComparator.differ(new Interval(40L, null), new Interval(65L, null))).isTrue();
    assertThat(SourceComparator.differ(new Interval(40L, null), new Interval(40L, null))).isFalse();
    assertThat(SourceComparator.differ(new Interval(3L, null), Interval.exactly(5))).isFalse();
    assertThat(SourceComparator.differ(Interval.exactly(7), Interval.exactly(2))).isTrue();
  }

  @Test
  void the_victims_against_a_count_that_says_it_includes_the_gunman_is_no_conflict() {
    ExtractedArticle victims = reno("a.txt", "A", "two", "shot and killed two coworkers");
    ExtractedArticle withGunman =
        dated(
            "b.txt",
            "B",
            "Three dead in Reno warehouse shooting\n\nThree people, including the gunman, were"
                + " killed in a shooting at a warehouse on Kietzke Lane in Reno on Saturday, police"
                + " said.\n");
    ExtractedArticle one = reno("c.txt", "C", "one", "shot and killed a coworker");

    assertThat(COMPARATOR.compare(List.of(victims, withGunman)).discrepancies()).isEmpty();
    // a gap the gunman does not explain is still a conflict
    assertThat(COMPARATOR.compare(List.of(one, withGunman)).discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.predicate()).isEqualTo(Predicate.KILLED));
  }

  private static ExtractedArticle reno(String name, String source, String dead, String killing) {
    return dated(
        name,
        source,
        "Gunman kills "
            + dead
            + " at Reno warehouse\n\nA gunman "
            + killing
            + " at a warehouse on Kietzke Lane in Reno on Saturday before turning the gun on"
            + " himself, police said.\n");
  }

  @Test
  void one_side_s_dead_are_no_count_of_the_whole_incident() {
    ExtractedArticle soldiers =
        dated(
            "a.txt",
            "A",
            "Soldiers killed in ambush near Gao\n\nTwo soldiers were killed in an ambush near Gao"
                + " on Monday, the army said.\n");
    ExtractedArticle people =
        dated(
            "b.txt",
            "B",
            "Five killed in ambush near Gao\n\nFive people were killed in an ambush near Gao on"
                + " Monday, officials said.\n");

    assertThat(COMPARATOR.compare(List.of(soldiers, people)).discrepancies()).isEmpty();
  }
}
