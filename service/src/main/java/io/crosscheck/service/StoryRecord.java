package io.crosscheck.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A story: the articles an editor compares, by id. */
@Entity
@Table(name = "story")
public class StoryRecord {
  @Id public String id;
  public String title;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "story_article", joinColumns = @JoinColumn(name = "story_id"))
  @Column(name = "article_id")
  public Set<String> articleIds = new LinkedHashSet<>();
}
