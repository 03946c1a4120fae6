/**
 * Crosscheck's comparator: lines up the events and claims of several articles and reports
 * discrepancies and corroborations ({@code shared/DESIGN.md} §3). The entry point is {@link
 * io.crosscheck.comparator.SourceComparator}; the rest is package-private. The design and what is
 * still to come are in {@code docs/comparator.md}.
 */
package io.crosscheck.comparator;
