/**
 * Crosscheck's newsroom service: REST API and persistence for articles, stories and reviews ({@code
 * shared/DESIGN.md} §6). Empty until the service issue is built; the module exists so the build's
 * shape and dependency rules hold from the start.
 */
package io.crosscheck.service;
