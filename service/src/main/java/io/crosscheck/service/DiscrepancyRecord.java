package io.crosscheck.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stored discrepancy of a story with its review state. */
@Entity
@Table(name = "discrepancy")
public class DiscrepancyRecord {
  @Id public String id;

  @Column(name = "story_id")
  public String storyId;

  @Column(name = "slot_key")
  public String slotKey;

  @Column(name = "evidence_sha")
  public String evidenceSha;

  public String severity;

  /** Its place in the story's last comparison, which orders the report (highest severity first). */
  public int position;

  /** The engine's discrepancy, DESIGN §3 JSON. */
  @Column(columnDefinition = "text")
  public String finding;

  public String status;
  public String note;
  public String reviewer;

  /** The reviewer the API client named, as its claim; {@link #reviewer} is the client itself. */
  @Column(name = "claimed_reviewer")
  public String claimedReviewer;

  /** False once a re-comparison no longer finds it; kept for its review history. */
  @Column(name = "current_finding")
  public boolean current;

  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
