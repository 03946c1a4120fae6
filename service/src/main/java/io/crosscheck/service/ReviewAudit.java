package io.crosscheck.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a discrepancy's review: by an editor, or the service re-opening it. */
@Entity
@Table(name = "review_audit")
public class ReviewAudit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "discrepancy_id")
  public String discrepancyId;

  public Instant at;
  public String actor;

  @Column(name = "from_status")
  public String fromStatus;

  @Column(name = "to_status")
  public String toStatus;

  public String note;

  /** The reviewer an API client named in its request, recorded as its claim, not as the actor. */
  @Column(name = "claimed_reviewer")
  public String claimedReviewer;
}
