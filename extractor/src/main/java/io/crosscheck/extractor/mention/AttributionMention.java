package io.crosscheck.extractor.mention;

import io.crosscheck.model.Span;

/**
 * A source a sentence cites: "according to Major General Patrick Ryder", "police said", "said Sgt.
 * Ana Ruiz".
 *
 * @param source the words naming the source, titles included
 * @param pronoun the source is "he", "she" or "they": it stands for a source named before
 */
public record AttributionMention(int start, int end, Span span, String source, boolean pronoun)
    implements Mention {}
