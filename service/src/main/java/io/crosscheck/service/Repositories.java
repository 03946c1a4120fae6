package io.crosscheck.service;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repositories of the review tables. */
final class Repositories {
  private Repositories() {}

  @ApplicationScoped
  static class Stories implements PanacheRepositoryBase<StoryRecord, String> {}

  @ApplicationScoped
  static class Discrepancies implements PanacheRepositoryBase<DiscrepancyRecord, String> {}

  @ApplicationScoped
  static class Audits implements PanacheRepository<ReviewAudit> {}
}
