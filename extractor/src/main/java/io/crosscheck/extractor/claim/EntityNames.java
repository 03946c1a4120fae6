package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Normalizes the names of sources within one article so that "Major General Patrick Ryder", "Maj.
 * Gen. Pat Ryder" and "Ryder" are one entity ({@code patrick-ryder}) and "US Central Command" and
 * "Centcom" are one ({@code centcom}). Organisations come from the lexicon; people are matched on
 * surname and on Jaro-Winkler similarity (Apache Commons Text) to names seen before.
 */
final class EntityNames {

  private static final double SAME_NAME = 0.92;
  static final double SAME_ORGANISATION = 0.95;

  /** Words of a title before a name, left out of the person's key. */
  private static final Set<String> TITLES =
      ClaimWords.union(ClaimWords.TITLES, ClaimWords.COMMON_TITLES);

  private final Lexicon lexicon;
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final List<String> people = new ArrayList<>();

  EntityNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private final Map<String, String> known = new HashMap<>();

  /** The entity key for the words naming a source; the same words give the same key, cheaply. */
  String keyOf(String source) {
    String cached = known.get(source);
    if (cached != null) {
      return cached;
    }
    String key = resolveKey(source);
    known.put(source, key);
    return key;
  }

  private String resolveKey(String source) {
    TokenList tokens = Tokenizer.tokenize(source);
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(tokens, i);
      if (org != null) {
        return org.value().key();
      }
    }
    String near = nearOrganisation(source);
    if (near != null) {
      return near;
    }
    List<String> name = new ArrayList<>();
    for (Token t : tokens) {
      String w =
          t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
      if (t.capitalized() && !TITLES.contains(w) && !t.isAny(TITLES)) {
        name.add(w.replace("'", ""));
      }
    }
    if (name.isEmpty()) {
      return commonNoun(tokens);
    }
    return person(String.join("-", name));
  }

  /**
   * An organisation named a little differently from every alias ("the US Central Command's",
   * "Pakistani Military's ISPR"): the alias most like the words, when the Jaro-Winkler similarity
   * is high. Only sources of several capitalized words are tried, so a surname never becomes an
   * organisation.
   */
  private String nearOrganisation(String source) {
    String words = withoutLeadingThe(source).replace("'s", "").strip();
    if (words.length() < 8
        || words.length() > 80
        || !Character.isUpperCase(words.charAt(0))
        || firstWhiteSpace(words) < 0) {
      return null; // one word: stripped, the words have no white space at either end
    }
    String lower = words.toLowerCase(Locale.ROOT);
    // the first word ends at any white space, not only a space: a tab or a vertical tab splits too
    int space = firstWhiteSpace(lower);
    String first = space < 0 ? lower : lower.substring(0, space);
    String best = null;
    double bestScore = SAME_ORGANISATION;
    // only aliases that start with the same word are compared: a handful, not hundreds
    for (Lexicon.Alias alias : lexicon.aliasesStartingWith(first)) {
      if (tooUnlikeInLength(alias.lower(), lower)) {
        continue;
      }
      double score = similarity.apply(alias.lower(), lower);
      if (score > bestScore) {
        bestScore = score;
        best = alias.key();
      }
    }
    return best;
  }

  /**
   * The words without a leading "the" and the white space after it, in any case of its ASCII
   * letters: what {@code replaceAll("^(?i)the\\s+", "")} gave, without a pattern's matcher for
   * every source an article names. Only the start is tried, and only once, as {@code ^} anchors
   * that pattern to the start of the input.
   */
  static String withoutLeadingThe(String source) {
    if (source.length() < 4
        || (source.charAt(0) | 0x20) != 't'
        || (source.charAt(1) | 0x20) != 'h'
        || (source.charAt(2) | 0x20) != 'e') {
      return source; // ASCII letters only: the pattern had no UNICODE_CASE
    }
    int end = 3;
    while (end < source.length() && isWhiteSpace(source.charAt(end))) {
      end++;
    }
    return end == 3 ? source : source.substring(end);
  }

  /**
   * Whether two strings differ so much in length that their Jaro-Winkler similarity cannot pass
   * {@link #SAME_ORGANISATION}, so that it need not be computed. Each of the m matching characters
   * is a character of the shorter string, so with r the shorter's length over the longer's, Jaro is
   * at most (1 + r + 1) / 3, and Winkler's bonus (a prefix of at most 4, times 0.1) adds at most
   * 0.4 of what Jaro lacks of 1: at most 0.8 + 0.2 r. Skipped when that bound is a hundredth or
   * more below the threshold, so that no rounding of the computed score could have passed it (at
   * 0.95: r &le; 0.7); a lower threshold skips fewer pairs.
   */
  static boolean tooUnlikeInLength(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    double mostSimilar = 0.8 + 0.2 * shorter / longer;
    return mostSimilar <= SAME_ORGANISATION - 0.01;
  }

  /**
   * Where the first white space of the words is ({@code \\s} of a pattern: space, tab, line breaks,
   * vertical tab, form feed), or -1: a scan, not a split into an array of words.
   */
  private static int firstWhiteSpace(String words) {
    for (int i = 0; i < words.length(); i++) {
      if (isWhiteSpace(words.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A pattern's {@code \\s}: space, tab, line breaks, vertical tab, form feed. */
  private static boolean isWhiteSpace(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
      default -> false;
    };
  }

  /** "Pat Ryder" and "Patrick Ryder": one first name is the start of the other. */
  private static boolean shortForm(String a, String b) {
    if (a.indexOf('-') < 0 || b.indexOf('-') < 0) {
      return false;
    }
    String first = a.substring(0, a.indexOf('-'));
    String other = b.substring(0, b.indexOf('-'));
    return first.length() >= 2
        && other.length() >= 2
        && (first.startsWith(other) || other.startsWith(first));
  }

  /**
   * Learns the people a sentence names with a title ("Maj. Gen. Patrick Ryder briefed reporters"),
   * so that a later "Ryder said" is recognised; returns the last one, or null.
   */
  String learn(TokenList tokens) {
    String last = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.capitalized()) {
        continue; // before the title's word is built: most tokens open no title
      }
      if (!opensTitle(t)) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()
          && (tokens.get(j).punct('.')
              || tokens.get(j).capitalized()
                  && TITLES.contains(tokens.get(j).lower().replace(".", "")))) {
        j++;
      }
      int start = j;
      while (j < tokens.size()
          && j - start < 3
          && tokens.get(j).capitalized()
          && tokens.get(j).word()
          && lexicon.organisations().at(tokens, j) == null) {
        j++;
      }
      if (j - start >= 2) {
        StringBuilder key = new StringBuilder();
        for (int k = start; k < j; k++) {
          key.append(k > start ? "-" : "").append(tokens.get(k).lower().replace("'", ""));
        }
        last = person(key.toString());
        i = j - 1;
      }
    }
    return last;
  }

  /**
   * A title's word that names no common role ("Sheriff", "Gen."; not "officer"). A word with no dot
   * is asked by its number, a bit test; only one that ends with a dot is copied without it.
   */
  private static boolean opensTitle(Token t) {
    String lower = t.lower();
    if (!lower.endsWith(".")) {
      return t.isAny(TITLES) && !ClaimWords.COMMON_TITLES.has(t);
    }
    String w = lower.substring(0, lower.length() - 1);
    return TITLES.contains(w) && !ClaimWords.COMMON_TITLES.has(w);
  }

  private String person(String key) {
    String surname = key.substring(key.lastIndexOf('-') + 1);
    for (String known : people) {
      if (known.equals(key)) {
        return known;
      }
      boolean single = !key.contains("-");
      if (single && known.endsWith("-" + surname)) {
        return known;
      }
      String knownSurname = known.substring(known.lastIndexOf('-') + 1);
      boolean sameSurname = !single && knownSurname.equals(surname);
      if (sameSurname && (similarity.apply(known, key) >= SAME_NAME || shortForm(known, key))) {
        return known;
      }
    }
    people.add(key);
    return key;
  }

  private static String commonNoun(TokenList tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).word()) {
        return tokens.get(i).lower().replace("'", "").toLowerCase(Locale.ROOT);
      }
    }
    return "unnamed";
  }
}
