package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.tally.SentenceCues.Cue;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's claims as the features read them, worked out once per article: in text order, each
 * sentence's cues, where quotation marks and paragraph breaks stand. Every lookup is a hash probe
 * or a binary search, so the features cost time linear in the article, however many claims it
 * holds. One per call; never shared.
 */
final class ClaimsInText {

  /**
   * Headline first, then by where the evidence starts: written out rather than chained, since every
   * article sorts its claims with it.
   */
  private static final Comparator<Claim> TEXT_ORDER =
      (a, b) -> {
        int byField = Integer.compare(rank(a), rank(b));
        return byField != 0 ? byField : Integer.compare(a.evidence().start(), b.evidence().start());
      };

  private final ExtractedArticle article;
  private final Event lead;
  private final ReadSentences read;
  private final List<Claim> ordered;
  private final Map<String, Set<Cue>> cues = new HashMap<>();

  /** Whether a value's words hold a number, by the words: claims often share them ("two"). */
  private final Map<String, Boolean> numbered = new HashMap<>();

  /**
   * The claim last looked up among the read sentences, and its sentence (or null): the features ask
   * of one claim several times running (its words, then the rest of its sentence).
   */
  private Claim readClaim;

  private Sentence readSentence;
  private Marks title;
  private Marks text;
  private final int year;

  ClaimsInText(ExtractedArticle article) {
    this(article, ReadSentences.NONE);
  }

  /** {@code read}: the article's sentences as the pipeline read them, whose words are reused. */
  ClaimsInText(ExtractedArticle article, ReadSentences read) {
    this.article = article;
    this.lead = article.lead();
    this.read = read;
    List<Claim> sorted = new ArrayList<>(article.claims());
    sorted.sort(TEXT_ORDER);
    this.ordered = List.copyOf(sorted);
    this.year =
        article.article().published() == null ? -1 : article.article().published().getYear();
  }

  ExtractedArticle article() {
    return article;
  }

  /** The article's lead event, or null: looked up once, not by every question that needs it. */
  Event lead() {
    return lead;
  }

  private static int rank(Claim c) {
    return c.evidence().field() == TextField.TITLE ? 0 : 1;
  }

  /** The claims, headline first, then in the order of the text. */
  List<Claim> ordered() {
    return ordered;
  }

  /** A claim that counts: a known value, not denied. */
  static boolean counts(Claim c) {
    return c.value().known() && c.certainty() != Certainty.DENIED;
  }

  /** The first body claim of the predicate that counts, or null. */
  Claim firstInBody(Predicate predicate) {
    for (Claim c : ordered) {
      if (c.predicate() == predicate && c.evidence().field() == TextField.TEXT && counts(c)) {
        return c;
      }
    }
    return null;
  }

  /** Sentence and value of every claim of the predicate that counts: to find the same elsewhere. */
  Set<Statement> statements(Predicate predicate) {
    Set<Statement> keys = new HashSet<>();
    for (Claim c : ordered) {
      if (c.predicate() == predicate && counts(c)) {
        keys.add(key(c, c.value().interval()));
      }
    }
    return keys;
  }

  /** A value stated in one sentence of one field. */
  record Statement(TextField field, Interval value, String sentence) {}

  static Statement key(Claim c, Interval value) {
    return new Statement(c.evidence().field(), value, c.evidence().sentence());
  }

  Set<Cue> cues(Claim c) {
    return cues.computeIfAbsent(
        c.evidence().sentence(), s -> SentenceCues.of(read.sentenceWords(c, sentenceOf(c)), year));
  }

  /** The words of the claim's field between two offsets, as the tokenizer cuts them. */
  List<Token> words(Claim c, String field, int from, int to) {
    return ReadSentences.words(sentenceOf(c), field, from, to);
  }

  /** The read sentence of the claim ({@link ReadSentences#sentenceOf}), asked once running. */
  private Sentence sentenceOf(Claim c) {
    if (c != readClaim) {
      readSentence = read.sentenceOf(c);
      readClaim = c;
    }
    return readSentence;
  }

  /** {@link TallyCandidates#numbered}, worked out once for each wording of a value. */
  boolean numbered(Claim c) {
    String words = c.value().text();
    if (words == null) {
      return false;
    }
    Boolean known = numbered.get(words);
    if (known == null) {
      known = TallyCandidates.numbered(c);
      numbered.put(words, known);
    }
    return known;
  }

  /** The field's text the claim's offsets point into, or null. */
  String field(Claim c) {
    return c.evidence().field() == TextField.TITLE
        ? article.article().title()
        : article.article().text();
  }

  /** An odd number of quotation marks stand between the paragraph's start and the claim. */
  boolean quoted(Claim c) {
    return marks(c.evidence().field()).openQuoteBefore(c.evidence().start());
  }

  /** The field's marks, found the first time a claim of it asks: most articles never ask. */
  private Marks marks(TextField field) {
    if (field == TextField.TITLE) {
      if (title == null) {
        title = new Marks(article.article().title());
      }
      return title;
    }
    if (text == null) {
      text = new Marks(article.article().text());
    }
    return text;
  }

  /** Positions of quotation marks and line breaks in one field, in order. */
  private static final class Marks {
    private final int[] quotes;
    private final int[] breaks;

    Marks(String field) {
      String f = field == null ? "" : field;
      this.quotes = positions(f, '"', '\u201C', '\u201D');
      this.breaks = positions(f, '\n');
    }

    /**
     * Where the marks stand, in order. One {@link String#indexOf(int, int)} per mark found rather
     * than a look at every character: the JIT makes those a vector scan, and an ASCII text answers
     * "none" at once for the curly quotes. This runs on every article that has claims.
     */
    private static int[] positions(String field, char... marks) {
      Positions at = new Positions();
      for (char mark : marks) {
        for (int i = field.indexOf(mark); i >= 0; i = field.indexOf(mark, i + 1)) {
          at.add(i);
        }
      }
      int[] positions = at.toArray();
      Arrays.sort(positions); // each mark's are in order; together, once sorted
      return positions;
    }

    /** A growing list of offsets, kept as ints. */
    private static final class Positions {
      private int[] at = new int[8];
      private int size;

      void add(int offset) {
        if (size == at.length) {
          at = Arrays.copyOf(at, size * 2);
        }
        at[size++] = offset;
      }

      int[] toArray() {
        return Arrays.copyOf(at, size);
      }
    }

    boolean openQuoteBefore(int offset) {
      int paragraph = before(breaks, offset) >= 0 ? breaks[before(breaks, offset)] + 1 : 0;
      int count = countBelow(quotes, offset) - countBelow(quotes, paragraph);
      return count % 2 == 1;
    }

    /** Index of the last position below {@code offset}, or -1. */
    private static int before(int[] positions, int offset) {
      return countBelow(positions, offset) - 1;
    }

    /** How many positions lie below {@code offset}. */
    private static int countBelow(int[] positions, int offset) {
      int i = Arrays.binarySearch(positions, offset);
      return i >= 0 ? i : -i - 1;
    }
  }
}
