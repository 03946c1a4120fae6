package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;

/** The casualty term a count or subject goes with, and the tokens it spans. */
record Found(CountedAs counted, int start, int end) {}
