/**
 * Crosscheck's domain: articles, the claims they make, the events those claims are about and the
 * diagnostics raised while reading them.
 *
 * <p>Plain Java 17 records and enums with no framework dependency, so every other module (the
 * extractor, the comparator, the service, the CLI) can share them. Records validate their
 * invariants in their constructors; an instance that exists is valid. Record components are named
 * as the JSON contract ({@code shared/DESIGN.md} §2) names them, so a plain record serializer
 * writes the contract's shape. Stability: the component names are a published contract — extend,
 * never rename.
 */
package io.crosscheck.model;
