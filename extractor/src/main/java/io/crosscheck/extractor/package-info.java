/**
 * Crosscheck's claim extractor: article text (plain, HTML, JSON) in, claims with evidence offsets,
 * events and tallies out. The entry point is {@link io.crosscheck.extractor.Extractor}; the
 * subpackages are internal and may change without notice.
 */
package io.crosscheck.extractor;
