package io.crosscheck.extractor.rules;

import java.util.Locale;

/**
 * Names a list of English words or phrases that a stage reads, kept as a file beside the rule files
 * so that a newsroom extends it without writing Java. Implemented by a stage's enum of its lists:
 * the constant {@code AUXILIARY_VERBS} is the file {@code words/auxiliary-verbs.txt} (one word a
 * line, as rule files name it {@code @auxiliary-verbs}) or {@code phrases/auxiliary-verbs.tsv}
 * (phrases, with the reading each stands for).
 */
public interface WordList {

  /** The enum constant's name. */
  String name();

  /** The file's name without folder and extension: the constant's name in lower-case kebab form. */
  default String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
