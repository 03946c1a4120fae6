package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.TokenList;
import java.util.Set;

/**
 * A headline's comma that stands for "and" before a count of others: "Man, 2 others shot", "Teen,
 * three others wounded in drive-by" count the man and two others, three in all. In a body sentence
 * a comma before a count opens an aside ("Two civilians, a boy and his uncle, died"), so only a
 * headline is read so. The one definition the claim readers, the tally's sums and the lead-count
 * choice's sums share. Stateless.
 */
public final class HeadlineOthers {

  /** Word lists of this reader, in {@code rules/words/}. */
  private enum Lists implements WordList {
    HEADLINE_OTHERS
  }

  private static final Set<String> OTHERS = Wording.words(Lists.HEADLINE_OTHERS);

  private static final Lexicon LEXICON = Lexicon.standard();

  private HeadlineOthers() {}

  /**
   * The tokens from {@code k} are a joining word (a comma or "and", words/list-joiners.txt), a
   * count in digits or a number word, and "others": "…, 2 others", "… and three others".
   */
  public static boolean at(TokenList t, int k) {
    return k + 2 < t.size()
        && ClaimWords.LIST_JOINERS.has(t.get(k))
        && (t.get(k + 1).number() || LEXICON.number(t.get(k + 1).lower()) != null)
        && t.get(k + 2).isAny(OTHERS);
  }

  /** {@link #at} with a comma: what only a headline reads as "and". */
  public static boolean commaAt(TokenList t, int k) {
    return k < t.size() && t.get(k).punct(',') && at(t, k);
  }
}
