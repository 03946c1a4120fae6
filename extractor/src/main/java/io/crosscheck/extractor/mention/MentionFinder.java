package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A stage of the extraction pipeline that marks one kind of thing in a sentence. Contract (checked
 * for every finder by one shared test): mentions come in token order, do not overlap, lie inside
 * the sentence, leave the sentence untouched, and an empty sentence yields none.
 *
 * @param <M> the kind of mention found
 */
public interface MentionFinder<M extends Mention> {
  List<M> find(Sentence sentence);

  /** Reads the longest mention starting at a token, or null; used by {@link #scan}. */
  interface Reader<M extends Mention> {
    M at(Sentence sentence, int token);
  }

  /**
   * The left-to-right scan the finders share: at each token try a mention; after one, go on from
   * its end, so mentions never overlap.
   */
  static <M extends Mention> List<M> scan(Sentence sentence, Reader<M> reader) {
    // no nextTry, not an identity one: an interface call per token that C1 never inlines
    return scan(sentence, reader, null);
  }

  /**
   * The same scan, trying only where {@code nextTry} says a mention may start: the first position
   * at or after the one given, or -1 when none is left (a finder that knows where its mentions can
   * start skips the tokens between); null tries every token.
   */
  static <M extends Mention> List<M> scan(
      Sentence sentence, Reader<M> reader, IntUnaryOperator nextTry) {
    List<M> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.size() && (nextTry == null || (i = nextTry.applyAsInt(i)) >= 0)) {
      M mention = reader.at(sentence, i);
      if (mention == null) {
        i++;
      } else {
        found.add(mention);
        i = mention.end();
      }
    }
    return found;
  }
}
