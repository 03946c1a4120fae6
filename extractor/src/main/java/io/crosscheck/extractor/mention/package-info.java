/**
 * Finders that mark things in a sentence: quantities, places, times, hedges and attributions. Each
 * is a {@link io.crosscheck.extractor.mention.MentionFinder}: it reads one sentence, never changes
 * it, and returns mentions in token order whose spans lie inside the sentence. Internal.
 */
package io.crosscheck.extractor.mention;
