package io.crosscheck.service;

import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * CDI producers for the engine: the engine modules know nothing of CDI. Singletons, not proxied
 * scopes: the engine types are final, immutable and thread-safe.
 */
@ApplicationScoped
public class Engine {

  @Produces
  @Singleton
  Extractor extractor() {
    return Extractor.standard();
  }

  @Produces
  @Singleton
  SourceComparator comparator() {
    return SourceComparator.standard();
  }
}
