/**
 * The text layer: an article's fields cut into paragraphs, sentences and tokens, every piece
 * carrying its offsets into the field as read. Internal to the extractor; not a stable API.
 */
package io.crosscheck.extractor.text;
