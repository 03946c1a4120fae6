package io.crosscheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.model.Article;
import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * An article's extraction as stored: DESIGN §2 JSON in {@code article.extraction}, and the spans of
 * its text that recall an earlier incident in {@code article.recalled} (V4), which §2 has no place
 * for. Every write of an extraction goes through {@link #write}, every comparison reads the article
 * back through {@link #extracted}, so the service compares what the CLI compares.
 *
 * <p>An article stored before V4 has {@code recalled} null: it is compared as marking no clause, as
 * it was when its story's stored discrepancies were found. It is not re-extracted here: reads never
 * run the extractor (a report costs no extraction), and a read that wrote the row would take an
 * article's lock after its story's, against the order ingest takes them in. Posting the article
 * again fills it in ({@link ArticleIngest}).
 */
@ApplicationScoped
public class StoredExtraction {

  private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {};

  private final ObjectMapper json;

  StoredExtraction(ObjectMapper json) {
    this.json = json;
  }

  /** Stores the extraction on the record (§2 JSON and recalled clauses); returns its §2 view. */
  ArticleReport write(ArticleRecord record, ExtractedArticle extracted) {
    ArticleReport view = ArticleReport.of(extracted);
    record.extraction = writeJson(view, record.id);
    record.recalled = writeJson(extracted.recalled(), record.id);
    return view;
  }

  /** Stores the recalled clauses alone, for an article stored before V4 whose text is unchanged. */
  void writeRecalled(ArticleRecord record, ExtractedArticle extracted) {
    record.recalled = writeJson(extracted.recalled(), record.id);
  }

  /** The stored §2 view, as the API returns it. */
  ArticleReport read(ArticleRecord record) {
    try {
      return json.readValue(record.extraction, ArticleReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored extraction of " + record.id + " is unreadable", e);
    }
  }

  /** The article as the comparator takes it: text, extraction and recalled clauses. */
  ExtractedArticle extracted(ArticleRecord record) {
    ArticleReport view = read(record);
    Article article =
        new Article(
            record.id, record.source, record.title, record.published, record.url, record.text);
    return new ExtractedArticle(
        article, view.events(), view.claims(), view.diagnostics(), recalled(record));
  }

  /** The recalled clauses stored; none for an article stored before V4 (null). */
  List<Span> recalled(ArticleRecord record) {
    if (record.recalled == null) {
      return List.of();
    }
    try {
      return json.readValue(record.recalled, SPANS);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "stored recalled clauses of " + record.id + " are unreadable", e);
    }
  }

  private String writeJson(Object value, String id) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extraction of " + id, e);
    }
  }
}
