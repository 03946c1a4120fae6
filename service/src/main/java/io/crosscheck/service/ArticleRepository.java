package io.crosscheck.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Articles by their contract id. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleRecord, String> {}
