package io.crosscheck.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An ingested article as stored: contract fields, text, its extraction as §2 JSON, and the spans of
 * the text that recall an earlier incident ({@code recalled}, JSON; null when stored before V4).
 */
@Entity
@Table(name = "article")
public class ArticleRecord {
  @Id public String id;
  public String source;
  public String title;
  public LocalDate published;
  public String url;

  @Column(columnDefinition = "text")
  public String text;

  @Column(name = "text_sha256")
  public String textSha256;

  @Column(columnDefinition = "text")
  public String extraction;

  @Column(columnDefinition = "text")
  public String recalled;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
