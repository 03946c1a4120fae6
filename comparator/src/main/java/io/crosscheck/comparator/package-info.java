/**
 * Crosscheck's comparator: lines up the claims of several articles about the same event and reports
 * discrepancies and corroborations ({@code shared/DESIGN.md} §3). Empty until the comparison issue
 * is built; the module exists so the build's shape and dependency rules hold from the start.
 */
package io.crosscheck.comparator;
