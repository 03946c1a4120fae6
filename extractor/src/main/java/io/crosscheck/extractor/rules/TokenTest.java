package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A test on one token: clauses joined by {@code &} that must all hold. A clause is atoms joined by
 * {@code |} and holds when one of them does; {@code !} in front of a clause negates it. So {@code
 * [WORD]&!killed|injured} is a word that is neither "killed" nor "injured". Kept in arrays, and a
 * clause of words only as one set of word numbers, because the matcher asks this for every token it
 * tries.
 */
final class TokenTest {

  private final Clause[] clauses;

  TokenTest(List<Clause> clauses) {
    this.clauses = clauses.toArray(new Clause[0]);
  }

  static final class Clause {
    private final boolean negated;
    private final Atom[] atoms;

    /** The word numbers of the clause's words and word sets, tested with one lookup. */
    private final BitSet anyWord;

    /** The atoms that are not words ({@code year-old*}, {@code [WORD]}), tested in turn. */
    private final Atom[] others;

    /** The word numbers the clause accepts when all of its atoms are words, else null. */
    private final BitSet words;

    Clause(boolean negated, List<Atom> atoms) {
      this.negated = negated;
      this.atoms = atoms.toArray(new Atom[0]);
      this.anyWord = new BitSet();
      List<Atom> rest = new ArrayList<>();
      for (Atom atom : atoms) {
        if (atom instanceof Atom.Literal literal) {
          anyWord.set(literal.id());
        } else if (atom instanceof Atom.WordSet set) {
          anyWord.or(set.ids());
        } else {
          rest.add(atom);
        }
      }
      this.others = rest.toArray(new Atom[0]);
      this.words = others.length == 0 ? anyWord : null;
    }

    boolean accepts(Input in, int i) {
      if (!anyWord.isEmpty()) {
        int id = in.id(i);
        if (id >= 0 && anyWord.get(id)) {
          return !negated;
        }
      }
      for (Atom atom : others) {
        if (atom.accepts(in, i)) {
          return !negated;
        }
      }
      return negated;
    }

    /** True when every atom needs a number token, so the clause holds only for one. */
    boolean requiresNumber() {
      for (Atom atom : atoms) {
        boolean number =
            atom instanceof Atom.DigitsBetween
                || atom instanceof Atom.ShapeIs shape && shape.shape() == Shape.NUMBER;
        if (!number) {
          return false;
        }
      }
      return !negated;
    }

    /** The lower-case forms this clause can accept, or null when it is not a list of words. */
    Set<String> words() {
      if (negated || words == null) {
        return null;
      }
      Set<String> found = new HashSet<>();
      for (Atom atom : atoms) {
        if (atom instanceof Atom.Literal literal) {
          found.add(literal.word());
        } else {
          found.addAll(((Atom.WordSet) atom).words());
        }
      }
      return found;
    }
  }

  /** What a token is made of, tested without any word list. */
  enum Shape {
    WORD,
    NUMBER,
    PUNCT,
    CAPITALIZED,
    ALL_CAPS;

    boolean accepts(Token t) {
      return switch (this) {
        case WORD -> t.word();
        case NUMBER -> t.number();
        case PUNCT -> t.punct();
        case CAPITALIZED -> t.capitalized();
        case ALL_CAPS -> t.allCaps();
      };
    }
  }

  /** One thing a token may be. */
  sealed interface Atom {
    boolean accepts(Input in, int i);

    /** A word, compared by its number in the rule file ({@link WordIds}). */
    record Literal(String word, int id) implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        return in.id(i) == id;
      }
    }

    /**
     * A named word set: {@code @units}; {@code ids} are its words' numbers in the rule file, never
     * changed after load.
     */
    record WordSet(String name, Set<String> words, BitSet ids) implements Atom {
      public WordSet {
        words = Set.copyOf(words);
        ids = (BitSet) ids.clone();
      }

      /** A copy: the set stays as loaded. */
      @Override
      public BitSet ids() {
        return (BitSet) ids.clone();
      }

      @Override
      public boolean accepts(Input in, int i) {
        int id = in.id(i);
        return id >= 0 && ids.get(id);
      }
    }

    /**
     * {@code year-old*}, {@code *-month-old}, {@code *:*}: a fixed start, end or middle; one of
     * them.
     */
    record Glob(String prefix, String infix, String suffix) implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        String w = in.token(i).lower();
        return w.startsWith(prefix) && w.endsWith(suffix) && w.contains(infix);
      }
    }

    /** {@code _}: any token. */
    record AnyToken() implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        return true;
      }
    }

    /** {@code #1800..2100}: a number written in plain digits, within bounds. */
    record DigitsBetween(long min, long max) implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        Token t = in.token(i);
        String text = t.lower();
        // fewer digits than the bound has is a smaller number: most numbers end here, unparsed
        if (!t.number() || text.length() < digits(min) || text.length() > 18) {
          return false;
        }
        for (int k = 0; k < text.length(); k++) {
          if (text.charAt(k) < '0' || text.charAt(k) > '9') {
            return false;
          }
        }
        long value = Long.parseLong(text);
        return value >= min && value <= max;
      }

      private static int digits(long n) {
        return n < 10 ? 1 : 1 + digits(n / 10);
      }
    }

    /** {@code #}, {@code [WORD]}, {@code [CAPITALIZED]}…: the token's shape. */
    record ShapeIs(Shape shape) implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        return shape.accepts(in.token(i));
      }
    }

    /** {@code [NOT_A_COUNT]}: marked by an earlier stage. */
    record Marked(Attribute attribute) implements Atom {
      @Override
      public boolean accepts(Input in, int i) {
        return in.marks().has(attribute, i);
      }
    }
  }

  boolean accepts(Input in, int i) {
    for (Clause clause : clauses) {
      if (!clause.accepts(in, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word numbers of a clause that lists only words, which every token the test accepts must be
   * one of; null when there is none.
   */
  BitSet wordNumbers() {
    for (Clause clause : clauses) {
      if (!clause.negated && clause.words != null) {
        return (BitSet) clause.words.clone();
      }
    }
    return null;
  }

  /** The words of the clause {@link #wordNumbers()} comes from, or null. */
  Set<String> requiredWords() {
    for (Clause clause : clauses) {
      if (!clause.negated && clause.words != null) {
        return clause.words();
      }
    }
    return null;
  }

  /**
   * The word numbers of each clause made of words alone and not negated: a token the test accepts
   * is one of each such set's words.
   */
  List<BitSet> wordSets() {
    List<BitSet> required = new ArrayList<>();
    for (Clause clause : clauses) {
      if (!clause.negated && clause.words != null && !clause.words.isEmpty()) {
        required.add((BitSet) clause.words.clone());
      }
    }
    return required;
  }

  /**
   * The attributes of each clause that lists only marks ({@code [PERIOD_RATE]}): a token the test
   * accepts carries one of each. Empty when there is none.
   */
  List<List<Attribute>> requiredMarks() {
    List<List<Attribute>> required = new ArrayList<>();
    for (Clause clause : clauses) {
      List<Attribute> any = new ArrayList<>();
      for (Atom atom : clause.atoms) {
        if (atom instanceof Atom.Marked marked) {
          any.add(marked.attribute());
        }
      }
      if (!clause.negated && any.size() == clause.atoms.length) {
        required.add(List.copyOf(any));
      }
    }
    return required;
  }

  /**
   * The digit range every token the test accepts lies in ({@code #1800..2100} alone in a clause),
   * or null.
   */
  Atom.DigitsBetween digitRange() {
    for (Clause clause : clauses) {
      if (!clause.negated
          && clause.atoms.length == 1
          && clause.atoms[0] instanceof Atom.DigitsBetween range) {
        return range;
      }
    }
    return null;
  }

  /** True when the test holds only for a number token ({@code #}, {@code #1800..2100}). */
  boolean requiresNumber() {
    for (Clause clause : clauses) {
      if (clause.requiresNumber()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The only lower-case forms this test can accept, or null when it may accept others; used to
   * start a rule only where its first token can match.
   */
  Set<String> words() {
    for (Clause clause : clauses) {
      Set<String> words = clause.words();
      if (words != null) {
        return words;
      }
    }
    return null;
  }
}
