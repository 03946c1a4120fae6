package io.crosscheck.extractor.mention;

import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;

/**
 * A count written in a sentence ("at least 15", "both", "dozens of") and its reading.
 *
 * @param additional the count adds to others already given ("another three", "a further two")
 */
public record QuantityMention(int start, int end, Span span, Quantity quantity, boolean additional)
    implements Mention {}
