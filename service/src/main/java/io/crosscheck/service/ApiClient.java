package io.crosscheck.service;

import jakarta.enterprise.context.RequestScoped;

/** The API client of the current request, as {@link ApiKeyFilter} identified it by its key. */
@RequestScoped
public class ApiClient {

  private String name;

  void identify(String name) {
    this.name = name;
  }

  /** The client's configured name; the actor recorded for what it changes. */
  public String name() {
    if (name == null) {
      throw new IllegalStateException("no API client identified for this request");
    }
    return name;
  }
}
