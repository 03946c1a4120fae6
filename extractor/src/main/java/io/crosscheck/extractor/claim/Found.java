package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;

/**
 * The casualty term a count or subject goes with, and the tokens it spans.
 *
 * @param denied the text denies the term of its subject ("his cousin was not hurt"): the claim
 *     counts none of them, on top of those counted elsewhere
 */
record Found(CountedAs counted, int start, int end, boolean denied) {

  Found(CountedAs counted, int start, int end) {
    this(counted, start, end, false);
  }
}
