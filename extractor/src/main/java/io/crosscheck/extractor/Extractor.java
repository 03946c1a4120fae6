package io.crosscheck.extractor;

import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ArticleReader;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.ExtractedArticle;
import java.util.List;
import java.util.Objects;

/**
 * Reads news articles and the claims they make.
 *
 * <p>Thread-safe: build one and share it between all threads, as the service does. No stage keeps
 * per-call state in a field; what one article or sentence needs while it is read lives in objects
 * made for that call, and what stages share (the lexicon, phrase tables, word sets) is immutable
 * once built. {@code ConcurrentExtractionTest} checks that an article reads the same while other
 * threads read others.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.standard();
 * ReadResult read = extractor.read("story.txt", bytes);
 * ExtractedArticle extracted = extractor.extract(read.articles().get(0));
 * extracted.lead().tally().killed();
 * }</pre>
 */
public final class Extractor {

  private final ArticleReader reader;
  private final ArticlePipeline pipeline;

  private Extractor(Builder builder) {
    this(
        new ArticleReader(builder.maxBytes), new ArticlePipeline(builder.lexicon, builder.tallies));
  }

  private Extractor(ArticleReader reader, ArticlePipeline pipeline) {
    this.reader = reader;
    this.pipeline = pipeline;
  }

  /**
   * This extractor with another size limit per input, sharing its stages (they are immutable): a
   * caller that built one before it knew the limit need not build the stages again.
   */
  public Extractor withMaxBytes(long bytes) {
    return new Extractor(new ArticleReader(Builder.checkedMaxBytes(bytes)), pipeline);
  }

  /** The extractor with the bundled lexicon and a 5 MiB size limit per input. */
  public static Extractor standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads the articles in one input; bad input becomes diagnostics, never an exception. */
  public ReadResult read(String name, byte[] bytes) {
    return reader.read(name, bytes);
  }

  public ExtractedArticle extract(ArticleInput input) {
    return extract(input.article(), input.diagnostics());
  }

  public ExtractedArticle extract(Article article) {
    return extract(article, List.of());
  }

  /**
   * Never throws on an article's content: should a defect in a stage fail on some text, the article
   * comes back with no claims and an {@code internal-error} diagnostic, so that one odd article
   * never costs a batch the others.
   */
  public ExtractedArticle extract(Article article, List<Diagnostic> diagnostics) {
    Objects.requireNonNull(article, "article");
    try {
      return pipeline.extract(article, diagnostics);
    } catch (RuntimeException e) {
      List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
      all.add(
          Diagnostic.error(
              "internal-error",
              "Crosscheck failed reading article "
                  + article.id()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + "); its claims are missing. Please report this with the article."));
      // the contract wants one lead event per article: an unknown one, with nothing counted
      var lead =
          new io.crosscheck.model.Event(
              "e1",
              true,
              io.crosscheck.model.EventType.OTHER,
              null,
              null,
              io.crosscheck.model.Tally.UNKNOWN);
      return new ExtractedArticle(article, List.of(lead), List.of(), all);
    }
  }

  /** Configures an {@link Extractor}; {@link #build()} rejects a bad setting naming it. */
  public static final class Builder {
    private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
    private Lexicon lexicon;
    private TallyModel tallies;

    private Builder() {}

    /**
     * How the lead's counts are chosen among the readings: the trained model by default; {@link
     * TallyModel#RULES} keeps the hand-made tally (what training learns from).
     */
    public Builder tallyModel(TallyModel model) {
      this.tallies = java.util.Objects.requireNonNull(model, "tally model");
      return this;
    }

    /**
     * The largest input the reader takes whole; larger inputs are read up to it, with a warning.
     */
    public Builder maxBytes(long bytes) {
      this.maxBytes = bytes;
      return this;
    }

    public Extractor build() {
      checkedMaxBytes(maxBytes);
      lexicon = Lexicon.standard();
      if (tallies == null) {
        tallies = TallyModel.standard();
      }
      Extractor built = new Extractor(this);
      // the lexicon's large tables load on a thread of their own while the stages above load their
      // rule files; waiting for them here keeps a built extractor complete, and a malformed file
      // stopping the build rather than the first article
      lexicon.loaded();
      return built;
    }

    private static long checkedMaxBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalStateException(
            "reader stage: maxBytes must be at least 1 byte, was " + bytes);
      }
      return bytes;
    }
  }
}
