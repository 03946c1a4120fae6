package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.text.Sentence;
import java.util.List;

/**
 * A stage of the extraction pipeline that marks one kind of thing in a sentence. Contract (checked
 * for every finder by one shared test): mentions come in token order, do not overlap, lie inside
 * the sentence, leave the sentence untouched, and an empty sentence yields none.
 *
 * @param <M> the kind of mention found
 */
public interface MentionFinder<M extends Mention> {
  List<M> find(Sentence sentence);
}
