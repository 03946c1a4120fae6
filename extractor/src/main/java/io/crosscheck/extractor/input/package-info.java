/**
 * Reading articles from bytes: plain text with optional front matter, HTML pages and the JSON
 * article form (one object, an array, or JSON Lines). Bad input becomes diagnostics next to
 * whatever could still be read; nothing here throws on input.
 */
package io.crosscheck.extractor.input;
