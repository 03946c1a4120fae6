/**
 * Reading claims out of an analysed sentence: which count goes with which casualty term and which
 * noun phrase, how sure the sentence is, and whose word it is. Internal.
 */
package io.crosscheck.extractor.claim;
