package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.extractor.tally.TallyCandidate;
import io.crosscheck.extractor.tally.TallyCandidates;
import io.crosscheck.extractor.tally.TallyFeature;
import io.crosscheck.model.Article;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's invented test articles as training cases for {@code train-tally}: the phrase corpus
 * (a folder of {@code .tsv} files: name, text, claims, tally as {@code killed=V injured=V}) or an
 * evaluation folder ({@code expected.tsv}: file, lead_killed, lead_injured; texts under {@code
 * articles/}). Values are written {@code 3}, {@code 3..5}, {@code 10..}, {@code ..10}, {@code ~}
 * for approximate, {@code ?} for none.
 *
 * <p>The annotated corpora count a vague word ("dozens", "several") as no number, and so does the
 * lead tally; the invented files give such words their interval. A case whose expected value only a
 * vague reading states is therefore learned as "none stated".
 */
final class InventedCases {

  /** One invented article's expectation for one predicate. */
  record Invented(
      String name, Predicate predicate, ExtractedArticle article, TrainTallyCommand.Label label) {}

  private InventedCases() {}

  static List<Invented> read(Path folder, Extractor extractor) {
    try {
      if (Files.isRegularFile(folder.resolve("expected.tsv"))) {
        return evaluationFolder(folder, extractor);
      }
      try (Stream<Path> files = Files.list(folder)) {
        List<Invented> all = new ArrayList<>();
        for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
          all.addAll(phraseFile(file, extractor));
        }
        if (all.isEmpty()) {
          throw new GoldFormatException(folder + " holds no expected.tsv and no phrase .tsv files");
        }
        return all;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static List<Invented> evaluationFolder(Path folder, Extractor extractor)
      throws IOException {
    List<Invented> all = new ArrayList<>();
    int line = 0;
    for (String row : Files.readAllLines(folder.resolve("expected.tsv"))) {
      line++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      if (cells.length < 3) {
        throw new GoldFormatException(
            folder.resolve("expected.tsv") + " line " + line + ": expected file, killed, injured");
      }
      Path text = folder.resolve("articles").resolve(cells[0]);
      ReadResult read = extractor.read(cells[0], Files.readAllBytes(text));
      if (read.articles().isEmpty()) {
        throw new GoldFormatException(text + " holds no article");
      }
      ExtractedArticle article = extractor.extract(read.articles().get(0));
      all.add(invented(cells[0], Predicate.KILLED, article, cells[1]));
      all.add(invented(cells[0], Predicate.INJURED, article, cells[2]));
    }
    return all;
  }

  private static List<Invented> phraseFile(Path file, Extractor extractor) throws IOException {
    List<Invented> all = new ArrayList<>();
    int line = 0;
    for (String row : Files.readAllLines(file)) {
      line++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      if (cells.length < 4) {
        throw new GoldFormatException(
            file + " line " + line + ": expected name, text, claims, tally");
      }
      String tally = cells[3].strip();
      if (tally.equals("-")) {
        continue; // the case does not check the tally
      }
      ExtractedArticle article =
          extractor.extract(new Article(cells[0], null, null, null, null, cells[1]));
      for (String part : tally.split("\\s+")) {
        int eq = part.indexOf('=');
        String key = eq < 0 ? "" : part.substring(0, eq);
        Predicate predicate =
            key.equals(Predicate.KILLED.wireName())
                ? Predicate.KILLED
                : key.equals(Predicate.INJURED.wireName()) ? Predicate.INJURED : null;
        if (predicate == null) {
          throw new GoldFormatException(file + " line " + line + ": tally part '" + part + "'");
        }
        all.add(invented(cells[0], predicate, article, part.substring(eq + 1)));
      }
    }
    return all;
  }

  private static Invented invented(
      String name, Predicate predicate, ExtractedArticle article, String written) {
    Interval expected = parse(written.strip());
    boolean stated = expected.known() && !onlyVague(article, predicate, expected);
    TrainTallyCommand.Label label =
        new TrainTallyCommand.Label() {
          public boolean stated() {
            return stated;
          }

          public boolean matches(Interval value) {
            return stated && expected.equals(value);
          }

          public String display() {
            return stated ? expected.display() : "none stated";
          }
        };
    return new Invented(name, predicate, article, label);
  }

  /** Only a vague reading ("dozens") gives the expected interval. */
  private static boolean onlyVague(
      ExtractedArticle article, Predicate predicate, Interval expected) {
    List<TallyCandidate> matching =
        TallyCandidates.of(article, predicate).stream()
            .filter(c -> c.value().equals(expected))
            .toList();
    return !matching.isEmpty()
        && matching.stream().allMatch(c -> c.feature(TallyFeature.VAGUE) == 1);
  }

  static Interval parse(String text) {
    String s = text.startsWith("~") ? text.substring(1) : text;
    if (s.equals("?")) {
      return Interval.UNKNOWN;
    }
    int dots = s.indexOf("..");
    if (dots < 0) {
      long v = Long.parseLong(s);
      return Interval.exactly(v);
    }
    String low = s.substring(0, dots);
    String high = s.substring(dots + 2);
    return new Interval(
        low.isEmpty() ? null : Long.parseLong(low), high.isEmpty() ? null : Long.parseLong(high));
  }
}
