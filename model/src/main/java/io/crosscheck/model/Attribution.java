package io.crosscheck.model;

/**
 * On whose authority a claim is made: the words naming the source ("Major General Patrick Ryder")
 * and a normalized entity key ({@code patrick-ryder}, {@code centcom}) so that one source named in
 * several ways is recognised as one.
 */
public record Attribution(String text, String entity) {
  public Attribution {
    Subject.requireNonBlank(text, "attribution text");
    Subject.requireNonBlank(entity, "attribution entity");
  }
}
