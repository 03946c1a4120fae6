package io.crosscheck.extractor.mention;

import io.crosscheck.model.Certainty;
import io.crosscheck.model.Span;

/** Words that weaken or deny what their clause says: "reportedly", "has not confirmed". */
public record HedgeMention(int start, int end, Span span, Certainty certainty) implements Mention {}
