/**
 * Word lists the extractor reads with: number words, casualty terms, hedges, places, groups and
 * organisations. They are TSV data files under {@code src/main/resources/io/crosscheck/extractor/
 * lexicon/}, loaded once, so a newsroom can extend them without touching code. Internal.
 */
package io.crosscheck.extractor.lexicon;
