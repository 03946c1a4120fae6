package io.crosscheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.model.ArticleReport;
import jakarta.enterprise.context.ApplicationScoped;

/** An article's extraction as stored in {@code article.extraction}: DESIGN §2 JSON. */
@ApplicationScoped
public class StoredExtraction {

  private final ObjectMapper json;

  StoredExtraction(ObjectMapper json) {
    this.json = json;
  }

  String write(ArticleReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extraction of " + report.id(), e);
    }
  }

  ArticleReport read(ArticleRecord record) {
    try {
      return json.readValue(record.extraction, ArticleReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored extraction of " + record.id + " is unreadable", e);
    }
  }
}
