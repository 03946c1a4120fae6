/**
 * Telling incidents apart: which sentences speak of the article's lead incident and which of others
 * (earlier attacks, statistics, other stories' teasers), and each incident's tally of killed and
 * injured. Internal.
 */
package io.crosscheck.extractor.event;
