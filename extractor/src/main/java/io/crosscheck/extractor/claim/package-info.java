/**
 * Reading claims out of an analysed sentence: which count goes with which casualty term and which
 * noun phrase, how sure the sentence is, and whose word it is. Internal.
 *
 * <p>{@link io.crosscheck.extractor.claim.ClaimReader} runs the readers in order: counts ({@code
 * QuantityClaims}, with {@code CasualtyTerms}, {@code TollReader} and {@code Subsets}), subjects
 * with no number ({@code SingularClaims}, {@code LaterDeaths}), then the groups left unsaid ({@code
 * ClaimGroups}); {@link io.crosscheck.extractor.claim.Sourcing} adds certainty and source. The
 * English they read is in {@code rules/words} and {@code rules/phrases}, named by {@code
 * ClaimWords}; the Java holds the grammar (which word where, in which order).
 */
package io.crosscheck.extractor.claim;
