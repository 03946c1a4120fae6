package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.tally.SentenceCues.Cue;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /** {@link #countingBySentence()}, or null until asked. */
  private Map<String, List<Claim>> countingBySentence;

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
    this.lead = lead(article);
    this.read = read;
    this.ordered = inTextOrder(article.claims());
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

  /**
   * The claims sorted by {@link #TEXT_ORDER}. The extractor hands them over sorted already (by a
   * finer order that agrees with this one), and a stable sort of sorted claims leaves them as they
   * are: one look along them then spares the copy and the sort.
   */
  private static List<Claim> inTextOrder(List<Claim> claims) {
    for (int i = 1; i < claims.size(); i++) {
      if (TEXT_ORDER.compare(claims.get(i - 1), claims.get(i)) > 0) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(TEXT_ORDER);
        return List.copyOf(sorted);
      }
    }
    return List.copyOf(claims);
  }

  /** {@link ExtractedArticle#lead()}, in a loop rather than its stream: once every article. */
  private static Event lead(ExtractedArticle article) {
    for (Event e : article.events()) {
      if (e.lead()) {
        return e;
      }
    }
    return null;
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

  /**
   * Whether a claim of {@code predicate} that counts states {@code value} in the sentence and field
   * of {@code c}: the same count said of the other predicate elsewhere. The claims that count are
   * grouped by sentence once per article; a sentence holds few claims, so this is a short walk.
   */
  boolean statedAlso(Claim c, Predicate predicate, Interval value) {
    List<Claim> same = countingBySentence().get(c.evidence().sentence());
    if (same == null) {
      return false;
    }
    for (Claim o : same) {
      if (o.predicate() == predicate
          && o.evidence().field() == c.evidence().field()
          && states(o, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claims that count, by the text of their sentence, one for each predicate, field and value
   * stated in it: worked out the first time asked. One of each, because a text that repeats one
   * sentence (a wire story pasted twice, a hostile input) would otherwise gather every claim of
   * every copy under the one text, and each question would walk them all.
   */
  private Map<String, List<Claim>> countingBySentence() {
    if (countingBySentence == null) {
      countingBySentence = new HashMap<>();
      for (Claim c : ordered) {
        if (counts(c)) {
          List<Claim> same =
              countingBySentence.computeIfAbsent(c.evidence().sentence(), s -> new ArrayList<>(2));
          if (!holdsStatement(same, c)) {
            same.add(c);
          }
        }
      }
    }
    return countingBySentence;
  }

  /** A claim of the list states what {@code c} states: the same predicate, field and value. */
  private static boolean holdsStatement(List<Claim> claims, Claim c) {
    for (Claim o : claims) {
      if (o.predicate() == c.predicate()
          && o.evidence().field() == c.evidence().field()
          && Objects.equals(o.value().min(), c.value().min())
          && Objects.equals(o.value().max(), c.value().max())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim's value has the bounds of {@code value}: {@code c.value().interval().equals(value)}
   * without building an interval for each candidate and claim.
   */
  static boolean states(Claim c, Interval value) {
    return Objects.equals(c.value().min(), value.min())
        && Objects.equals(c.value().max(), value.max());
  }

  /** The cues of the claim's sentence, read once per distinct sentence of the article. */
  Set<Cue> cues(Claim c) {
    String sentence = c.evidence().sentence();
    Set<Cue> known = cues.get(sentence); // not computeIfAbsent: its lambda would hold the claim
    if (known == null) {
      known = SentenceCues.of(read.sentenceWords(c, sentenceOf(c)), year);
      cues.put(sentence, known);
    }
    return known;
  }

  /** The words of the claim's field between two offsets, as the tokenizer cuts them. */
  TokenList words(Claim c, String field, int from, int to) {
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

  /**
   * Positions of quotation marks in one field, in order, and of the line breaks before the claims
   * that ask. An article holds few quotation marks and many line breaks (about three and 25 in the
   * 2,790 articles profiled), and a claim needs its paragraph's start only when a mark stands
   * before it: the breaks are found only as far as a claim asks, each once.
   */
  private static final class Marks {
    private final String field;
    private final int[] quotes;
    private final Positions breaks = new Positions();

    /** Every line break below this offset is in {@link #breaks}. */
    private int searched;

    Marks(String field) {
      this.field = field == null ? "" : field;
      this.quotes = positions(this.field, '"', '\u201C', '\u201D');
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

      /** How many offsets lie below {@code offset}; they are added in order. */
      int countBelow(int offset) {
        int i = Arrays.binarySearch(at, 0, size, offset);
        return i >= 0 ? i : -i - 1;
      }
    }

    /** An odd number of quotation marks stand between the paragraph's start and the offset. */
    boolean openQuoteBefore(int offset) {
      int marks = countBelow(quotes, offset);
      if (marks == 0) {
        return false; // no mark before it, whichever paragraph it is in
      }
      int paragraph = paragraphStart(offset);
      return (marks - countBelow(quotes, paragraph)) % 2 == 1;
    }

    /** Where the paragraph holding the offset starts: after the last line break below it. */
    private int paragraphStart(int offset) {
      while (searched < offset) {
        int next = field.indexOf('\n', searched);
        if (next < 0) {
          searched = Integer.MAX_VALUE;
        } else {
          breaks.add(next);
          searched = next + 1;
        }
      }
      int below = breaks.countBelow(offset);
      return below > 0 ? breaks.at[below - 1] + 1 : 0;
    }

    /** How many positions lie below {@code offset}. */
    private static int countBelow(int[] positions, int offset) {
      int i = Arrays.binarySearch(positions, offset);
      return i >= 0 ? i : -i - 1;
    }
  }
}
