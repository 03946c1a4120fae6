package io.crosscheck.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.ExtractedArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Ingest: reads one §1 article, extracts it and stores it, idempotently on the article id (the
 * CMS's {@code id}, else derived from source + url). A retry with the same text returns the stored
 * article untouched (but for the recalled clauses of an article stored before they were kept, see
 * {@link StoredExtraction}); a changed text is re-extracted in place. Two concurrent first posts of
 * one article race on the primary key: the loser's transaction rolls back and it returns the
 * winner's. A stored article is read under a row lock, so posts of one article through several
 * instances (a CMS retrying through a load balancer) take turns: the second finds the first's text
 * and neither stores nor compares again; the stories holding it are then locked in id order (see
 * {@link StoryReview}).
 */
@ApplicationScoped
public class ArticleIngest {

  private final Extractor extractor;
  private final ArticleRepository articles;
  private final StoredExtraction extractions;
  private final StoryReview stories;
  private final ObjectMapper json;
  private final ExtractionBound bound;

  ArticleIngest(
      Extractor extractor,
      ArticleRepository articles,
      StoredExtraction extractions,
      StoryReview stories,
      ObjectMapper json,
      ExtractionBound bound) {
    this.extractor = extractor;
    this.articles = articles;
    this.extractions = extractions;
    this.stories = stories;
    this.json = json;
    this.bound = bound;
  }

  /** What ingest did, for the status code: 201 created, 200 for a retry or an update. */
  public record Outcome(ArticleReport article, boolean created) {}

  public Outcome ingest(byte[] body) {
    ArticleInput input = readOne(body);
    ExtractedArticle extracted = bound.apply(extractor.extract(input));
    try {
      return QuarkusTransaction.requiringNew().call(() -> store(extracted));
    } catch (PersistenceException | QuarkusTransactionException e) {
      if (!duplicateKey(e)) {
        throw e;
      }
      // a concurrent first post of the same id committed first: the article exists now
      return QuarkusTransaction.requiringNew().call(() -> store(extracted));
    }
  }

  /** Only a unique-key violation is a lost race worth a retry; anything else fails once. */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private ArticleInput readOne(byte[] body) {
    if (body == null || body.length == 0) {
      throw Problem.of(
          400,
          "empty-body",
          "Empty body",
          "Send one article as JSON: {\"source\", \"url\", \"title\", \"text\"}.");
    }
    ArticleJson.check(json, body);
    // "-": a request body has no file name to take an id from (DESIGN §1: id, else source + url)
    ReadResult read = extractor.read("-", body);
    if (read.articles().size() != 1 || !read.problems().isEmpty()) {
      String why =
          read.problems().stream().map(Diagnostic::message).collect(Collectors.joining("; "));
      throw Problem.of(
          400,
          "invalid-article",
          "Not one readable article",
          read.articles().size() > 1
              ? "Send one article per request; this body holds " + read.articles().size() + "."
              : why.isEmpty() ? "The body holds no article with a text." : why);
    }
    return read.articles().get(0);
  }

  private Outcome store(ExtractedArticle extracted) {
    var a = extracted.article();
    String sha = Fingerprint.of(a.text());
    // locked until commit: a concurrent post of this article waits here and then sees this one's
    // text; a story taking the article in waits for the re-comparison below, or comes before it
    ArticleRecord existing = articles.findById(a.id(), LockModeType.PESSIMISTIC_WRITE);
    if (existing != null && existing.textSha256.equals(sha)) {
      if (existing.recalled == null) {
        // stored before V4: its recalled clauses are taken from this extraction of the same text
        // (its §2 extraction stays as stored), and its stories compared again, now without the
        // names those clauses give (see StoredExtraction)
        extractions.writeRecalled(existing, extracted);
        articles.flush();
        stories.articleChanged(existing.id);
      }
      return new Outcome(extractions.read(existing), false);
    }
    ArticleRecord record = existing == null ? new ArticleRecord() : existing;
    record.id = a.id();
    record.source = a.source();
    record.title = a.title();
    record.published = a.published();
    record.url = a.url();
    record.text = a.text();
    record.textSha256 = sha;
    ArticleReport view = extractions.write(record, extracted);
    record.updatedAt = Instant.now();
    if (existing == null) {
      record.createdAt = record.updatedAt;
      articles.persist(record);
      articles.flush();
    } else {
      articles.flush();
      stories.articleChanged(record.id);
    }
    return new Outcome(view, existing == null);
  }
}
