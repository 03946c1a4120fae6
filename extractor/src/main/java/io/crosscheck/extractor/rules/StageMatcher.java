package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs one stage's rules over a sentence in a single left-to-right pass, Thompson-style: every
 * partial match in progress is a strand (rule, instruction, captures) waiting at a token position;
 * strands are advanced position by position and never revisited, and two strands that agree on all
 * three are one. Repetition is bounded, so a strand lives for at most as many tokens as its rule
 * can span, and the work is linear in the sentence length for a fixed rule set. Rules start only
 * where their first token can match: rules whose first token is a word or word set are looked up by
 * the token's lower-case form; the others are probed with their first test.
 *
 * <p>Every match is reported — each start, each end, each way of filling the captures — because the
 * rules of a stage mark or propose, and choosing is left to whoever reads the result.
 */
final class StageMatcher {

  private final List<Rule> rules;
  private final int[] ruleIds;

  /** For each offset k, the rules whose first word test sits k tokens after their start. */
  private final List<Map<String, int[]>> byWordAt;

  private final int[] probed;

  /**
   * Whether a rule's strands remember where they started: only an emit rule reports its whole span.
   * A mark rule's strands forget it, so strands that began at different tokens but agree on the
   * captures merge, and the strands alive at a token stay few however the rules branch.
   */
  private final boolean[] keepsStart;

  /**
   * @param ruleIds each rule's index in the whole rule set, which orders matches
   */
  StageMatcher(List<Rule> rules, int[] ruleIds) {
    this.rules = List.copyOf(rules);
    this.ruleIds = ruleIds.clone();
    List<Map<String, Set<Integer>>> words = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Program program = rules.get(r).program();
      int offset = keyOffset(program);
      Set<String> keys = offset < 0 ? firstWords(program) : program.prefix().get(offset).words();
      if (keys == null) {
        others.add(r);
        continue;
      }
      int k = Math.max(offset, 0);
      while (words.size() <= k) {
        words.add(new HashMap<>());
      }
      for (String word : keys) {
        words.get(k).computeIfAbsent(word, w -> new TreeSet<>()).add(r);
      }
    }
    List<Map<String, int[]>> index = new ArrayList<>();
    for (Map<String, Set<Integer>> atOffset : words) {
      Map<String, int[]> frozen = new HashMap<>();
      atOffset.forEach((w, ids) -> frozen.put(w, ids.stream().mapToInt(i -> i).toArray()));
      index.add(Map.copyOf(frozen));
    }
    this.byWordAt = List.copyOf(index);
    this.probed = others.stream().mapToInt(i -> i).toArray();
    this.keepsStart = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      keepsStart[r] = rules.get(r).emit() != null;
    }
  }

  /**
   * Where in a rule's fixed leading tokens the first test of listed words sits ("," in {@code
   * [CAPITALIZED] , #1..110}), or -1: the rule is then looked up by that token's word, so a broad
   * first test ({@code [CAPITALIZED]}) is not tried at every token.
   */
  private static int keyOffset(Program program) {
    List<TokenTest> prefix = program.prefix();
    for (int k = 0; k < prefix.size(); k++) {
      if (prefix.get(k).words() != null) {
        return k;
      }
    }
    return -1;
  }

  /** The words a rule's first token must be one of, or null when it may start elsewhere too. */
  private static Set<String> firstWords(Program program) {
    Set<String> words = new HashSet<>();
    for (Program.Inst step : program.firstSteps()) {
      Set<String> accepted = step.op() == Program.Op.TEST ? step.test().words() : null;
      if (accepted == null) {
        return null;
      }
      words.addAll(accepted);
    }
    return words;
  }

  List<Match> run(List<Token> tokens, Marks marks, Readings readings) {
    int n = tokens.size();
    Agenda agenda = new Agenda(n);
    List<Match> found = new ArrayList<>();
    for (int p = 0; p <= n; p++) {
      if (p < n) {
        start(p, tokens, marks, readings, agenda);
      }
      List<Strand> here = agenda.at(p);
      for (int i = 0; i < here.size(); i++) {
        step(here.get(i), p, tokens, marks, readings, agenda, found);
      }
    }
    found.sort(Match.ORDER);
    return found;
  }

  private void start(int p, List<Token> tokens, Marks marks, Readings readings, Agenda agenda) {
    if (p == 0) {
      for (int r = 0; r < rules.size(); r++) {
        Program program = rules.get(r).program();
        if (program.opensAtStart() || mayStart(program, tokens, 0, marks, readings)) {
          agenda.add(0, first(r, 0));
        }
      }
      return;
    }
    for (int k = 0; k < byWordAt.size() && p + k < tokens.size(); k++) {
      int[] indexed = byWordAt.get(k).get(tokens.get(p + k).lower());
      if (indexed == null) {
        continue;
      }
      for (int r : indexed) {
        if (prefixAccepts(rules.get(r).program(), tokens, p, marks)) {
          agenda.add(p, first(r, p));
        }
      }
    }
    for (int r : probed) {
      if (mayStart(rules.get(r).program(), tokens, p, marks, readings)) {
        agenda.add(p, first(r, p));
      }
    }
  }

  private Strand first(int rule, int start) {
    return Strand.first(rule, rules.get(rule).program().slots(), keepsStart[rule] ? start : -1);
  }

  private static boolean mayStart(
      Program program, List<Token> tokens, int p, Marks marks, Readings readings) {
    if (!program.prefix().isEmpty()) {
      return prefixAccepts(program, tokens, p, marks);
    }
    for (Program.Inst step : program.firstSteps()) {
      if (step.op() == Program.Op.TEST) {
        if (step.test().accepts(tokens.get(p), p, marks)) {
          return true;
        }
      } else if (readings.startsAt(step.reading(), p)) {
        return true;
      }
    }
    return false;
  }

  /** True when the tokens from {@code p} on pass the rule's fixed leading tests. */
  private static boolean prefixAccepts(Program program, List<Token> tokens, int p, Marks marks) {
    List<TokenTest> prefix = program.prefix();
    if (p + prefix.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < prefix.size(); k++) {
      if (!prefix.get(k).accepts(tokens.get(p + k), p + k, marks)) {
        return false;
      }
    }
    return true;
  }

  private void step(
      Strand s,
      int p,
      List<Token> tokens,
      Marks marks,
      Readings readings,
      Agenda agenda,
      List<Match> found) {
    int n = tokens.size();
    Program.Inst inst = rules.get(s.rule).program().at(s.pc);
    switch (inst.op()) {
      case SPLIT -> {
        agenda.add(p, s.to(inst.next()));
        agenda.add(p, s.to(inst.alt()));
      }
      case SAVE -> agenda.add(p, s.saving(inst.slot(), p, inst.next()));
      case AT_START -> {
        if (p == 0) {
          agenda.add(p, s.to(inst.next()));
        }
      }
      case AT_END -> {
        if (p == n) {
          agenda.add(p, s.to(inst.next()));
        }
      }
      case TEST -> {
        if (p < n && inst.test().accepts(tokens.get(p), p, marks)) {
          agenda.add(p + 1, s.to(inst.next()));
        }
      }
      case READ -> {
        if (p < n) {
          readings.ends(
              inst.reading(),
              p,
              end -> {
                if (end > p && end <= n) {
                  agenda.add(end, s.to(inst.next()));
                }
              });
        }
      }
      case MATCH -> found.add(new Match(ruleIds[s.rule], p, s.slots));
    }
  }

  /** A partial match: which rule, where in its program, and the captures so far. */
  private static final class Strand {
    final int rule;
    final int pc;
    final int[] slots;

    private Strand(int rule, int pc, int[] slots) {
      this.rule = rule;
      this.pc = pc;
      this.slots = slots;
    }

    static Strand first(int rule, int slots, int start) {
      int[] fresh = new int[slots];
      Arrays.fill(fresh, -1);
      fresh[0] = start;
      return new Strand(rule, 0, fresh);
    }

    Strand to(int next) {
      return new Strand(rule, next, slots);
    }

    Strand saving(int slot, int position, int next) {
      int[] copy = slots.clone();
      copy[slot] = position;
      return new Strand(rule, next, copy);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Strand other
          && rule == other.rule
          && pc == other.pc
          && Arrays.equals(slots, other.slots);
    }

    @Override
    public int hashCode() {
      return (rule * 31 + pc) * 31 + Arrays.hashCode(slots);
    }
  }

  /**
   * The strands waiting at each position, in the order they arrived, each once. Few strands wait at
   * a token, so a list scan finds a duplicate faster than hashing; a set takes over if a position
   * gets crowded.
   */
  private static final class Agenda {
    private static final int SCAN_LIMIT = 16;

    private final List<List<Strand>> lists;
    private final List<Set<Strand>> crowded;

    Agenda(int n) {
      lists = new ArrayList<>(n + 1);
      crowded = new ArrayList<>(n + 1);
      for (int i = 0; i <= n; i++) {
        lists.add(null);
        crowded.add(null);
      }
    }

    void add(int p, Strand s) {
      List<Strand> list = lists.get(p);
      if (list == null) {
        list = new ArrayList<>(4);
        lists.set(p, list);
      }
      Set<Strand> set = crowded.get(p);
      if (set != null) {
        if (set.add(s)) {
          list.add(s);
        }
        return;
      }
      if (list.contains(s)) {
        return;
      }
      list.add(s);
      if (list.size() > SCAN_LIMIT) {
        crowded.set(p, new HashSet<>(list));
      }
    }

    List<Strand> at(int p) {
      return lists.get(p) == null ? List.of() : lists.get(p);
    }
  }
}
