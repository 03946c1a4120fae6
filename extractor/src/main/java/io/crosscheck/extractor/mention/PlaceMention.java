package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Place;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.Span;

/**
 * A place named in a sentence.
 *
 * @param place the gazetteer entry, or null for a street address or "the region"
 * @param locative the place is where something is or happens ("in western Iraq", a dateline), not a
 *     name's adjective ("Iraq's parliament")
 * @param anaphor "the region", "the area": refers back to a place named before
 * @param attributive the name qualifies what follows ("US forces", "Iraq Raid") rather than naming
 *     where something is
 */
public record PlaceMention(
    int start,
    int end,
    Span span,
    PlaceReference reference,
    Place place,
    boolean locative,
    boolean anaphor,
    boolean attributive)
    implements Mention {}
