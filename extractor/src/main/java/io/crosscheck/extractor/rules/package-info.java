/**
 * The rule engine: phrasing kept as data. Rule files (under {@code
 * src/main/resources/io/crosscheck/ extractor/rules/}, format in the README there) hold named token
 * patterns in numbered stages; a {@link io.crosscheck.extractor.rules.RuleSet} loads one file,
 * failing at load with the file, line and reason when it is malformed, and runs its stages over a
 * sentence's tokens. Each stage is matched in one left-to-right pass with no backtracking (a
 * Thompson-style simulation), so the time is linear in the sentence length for a fixed rule set. A
 * loaded rule set is immutable and safe to share between threads. Internal.
 */
package io.crosscheck.extractor.rules;
