/**
 * The lead tally as a scored choice. The stages before read every claim and a hand-made tally per
 * event; here the readings of a predicate's count (the hand-made tally and each distinct value the
 * claims state) become candidates with features, a logistic model learned from annotated news
 * scores them, and the lead event's tally is the best candidate, or none when no candidate scores
 * high enough: abstaining beats a wrong number. The weights are a resource trained offline by
 * {@code crosscheck train-tally}; nothing is learned at run time.
 */
package io.crosscheck.extractor.tally;
