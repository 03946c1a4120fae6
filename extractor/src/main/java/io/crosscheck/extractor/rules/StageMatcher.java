package io.crosscheck.extractor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one stage's rules over a sentence in a single left-to-right pass, Thompson-style: every
 * partial match in progress is a strand (rule, instruction, captures) waiting at a token position;
 * strands are advanced position by position and never revisited, and two strands that agree on all
 * three are one. Repetition is bounded, so a strand lives for at most as many tokens as its rule
 * can span, and the work is linear in the sentence length for a fixed rule set. A rule starts only
 * near its {@link Anchor} (see {@link StartIndex}) and where its fixed leading tests pass.
 *
 * <p>Every match is reported — each start, each end, each way of filling the captures — because the
 * rules of a stage mark or propose, and choosing is left to whoever reads the result.
 */
final class StageMatcher {

  private final List<Rule> rules;
  private final int[] ruleIds;
  private final StartIndex index;

  /**
   * Whether a rule's strands remember where they started: only an emit rule reports its whole span.
   * A mark rule's strands forget it, so strands that began at different tokens but agree on the
   * captures merge, and the strands alive at a token stay few however the rules branch.
   */
  private final boolean[] keepsStart;

  /** Whether {@code <start>} is in a rule's pattern: it then starts at token 0 only, untested. */
  private final boolean[] opensAtStart;

  /**
   * @param ruleIds each rule's index in the whole rule set, which orders matches
   */
  StageMatcher(List<Rule> rules, int[] ruleIds, WordIds wordIds) {
    this.rules = List.copyOf(rules);
    this.ruleIds = ruleIds.clone();
    this.index = new StartIndex(this.rules, wordIds);
    this.keepsStart = new boolean[rules.size()];
    this.opensAtStart = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      keepsStart[r] = rules.get(r).emit() != null;
      opensAtStart[r] = rules.get(r).program().opensAtStart();
    }
  }

  /**
   * @param starts the run's list of starts, which this stage fills anew
   */
  List<Match> run(Input in, Starts starts) {
    index.fill(starts, in);
    int[] anywhere = index.anywhere();
    if (starts.last() < 0 && anywhere.length == 0) {
      return List.of();
    }
    int n = in.size();
    Agenda agenda = new Agenda(n);
    List<Match> found = new ArrayList<>();
    int next = 0;
    for (int p = 0; p <= n; p++) {
      for (; next < starts.size() && starts.start(next) == p; next++) {
        start(starts.rule(next), p, in, agenda, found);
      }
      for (int r = 0; r < anywhere.length && p < n; r++) {
        if (opensAtStart[anywhere[r]] || rules.get(anywhere[r]).program().mayStart(in, p)) {
          start(anywhere[r], p, in, agenda, found);
        }
      }
      List<Strand> here = agenda.at(p);
      for (int i = 0; i < here.size(); i++) {
        step(here.get(i), p, in, agenda, found);
      }
      if (p >= starts.last() && anywhere.length == 0 && agenda.last() <= p) {
        break; // nothing waits further on and nothing else can start
      }
    }
    if (found.size() > 1) {
      found.sort(Match.ORDER);
    }
    return found;
  }

  /** Starts a rule at token {@code p}, where its leading steps have been found to pass. */
  private void start(int r, int p, Input in, Agenda agenda, List<Match> found) {
    if (p >= in.size() || p > 0 && opensAtStart[r]) {
      return;
    }
    Program program = rules.get(r).program();
    int[] slots = new int[program.slots()];
    Arrays.fill(slots, -1);
    slots[0] = keepsStart[r] ? p : -1;
    if (program.fixed()) {
      walk(r, 0, p, slots, in, found);
    } else {
      add(agenda, p, r, 0, slots, in);
    }
  }

  /**
   * Matches a fixed rule ({@link Program#fixed()}) from {@code pc} at token {@code q} without
   * strands: one walk, going on from each end of its reading with its own captures. The matches are
   * those the strands would give, as a fixed pattern reaches a given end one way only.
   */
  private void walk(int r, int pc, int q, int[] slots, Input in, List<Match> found) {
    Program program = rules.get(r).program();
    while (true) {
      Program.Inst inst = program.at(pc);
      switch (inst.op()) {
        case SAVE -> slots[inst.slot()] = q;
        case TEST -> {
          if (q >= in.size() || !inst.test().accepts(in, q)) {
            return;
          }
          q++;
        }
        case AT_START, AT_END -> {
          if (q != (inst.op() == Program.Op.AT_START ? 0 : in.size())) {
            return;
          }
        }
        case READ -> {
          for (int k = 0, end;
              q < in.size() && (end = in.readings().end(inst.reading(), q, k)) >= 0;
              k++) {
            if (end > q && end <= in.size()) {
              walk(r, inst.next(), end, slots.clone(), in, found);
            }
          }
          return;
        }
        case MATCH -> {
          found.add(new Match(ruleIds[r], q, slots));
          return;
        }
        default -> throw new IllegalStateException("a fixed rule has no " + inst.op());
      }
      pc = inst.next();
    }
  }

  /**
   * Puts a strand at position {@code p}, first following the moves that take no token (splits,
   * saves, {@code <start>}, {@code <end>}), so that what waits at a position is a test or a reading
   * that passes there ({@link #takes}), or a finished match. Each split leads forward to its
   * element's end, so the moves followed are at most the program's length.
   */
  private void add(Agenda agenda, int p, int rule, int pc, int[] slots, Input in) {
    Program program = rules.get(rule).program();
    while (true) {
      Program.Inst inst = program.at(pc);
      switch (inst.op()) {
        case SPLIT -> {
          add(agenda, p, rule, inst.next(), slots, in);
          pc = inst.alt();
        }
        case SAVE -> {
          slots = slots.clone();
          slots[inst.slot()] = p;
          pc = inst.next();
        }
        case AT_START, AT_END -> {
          if (p != (inst.op() == Program.Op.AT_START ? 0 : in.size())) {
            return;
          }
          pc = inst.next();
        }
        default -> {
          if (takes(inst, p, in)) {
            agenda.add(p, new Strand(rule, pc, slots));
          }
          return;
        }
      }
    }
  }

  /**
   * Whether a strand about to wait at {@code p} for a token test or a reading can take it. The
   * whole sentence is known, so a strand that would fail there is never made: most strands die at
   * their next token (a rule begun at every number of "1 1 1 …" waits for a unit word that is not
   * there), and making, merging and stepping each cost more than the test. A match waits as it is.
   */
  private static boolean takes(Program.Inst inst, int p, Input in) {
    return switch (inst.op()) {
      case TEST -> p < in.size() && inst.test().accepts(in, p);
      case READ -> p < in.size() && in.readings().startsAt(inst.reading(), p);
      default -> true;
    };
  }

  private void step(Strand s, int p, Input in, Agenda agenda, List<Match> found) {
    int n = in.size();
    Program.Inst inst = rules.get(s.rule).program().at(s.pc);
    switch (inst.op()) {
      case TEST -> {
        if (p < n && inst.test().accepts(in, p)) {
          add(agenda, p + 1, s.rule, inst.next(), s.slots, in);
        }
      }
      case READ -> {
        for (int k = 0, end; p < n && (end = in.readings().end(inst.reading(), p, k)) >= 0; k++) {
          if (end > p && end <= n) {
            add(agenda, end, s.rule, inst.next(), s.slots, in);
          }
        }
      }
      case MATCH -> found.add(new Match(ruleIds[s.rule], p, s.slots));
      default -> throw new IllegalStateException("a move that takes no token waits: " + inst);
    }
  }

  /** A partial match waiting at a position: which rule, where in its program, the captures. */
  private static final class Strand {
    final int rule;
    final int pc;
    final int[] slots;

    Strand(int rule, int pc, int[] slots) {
      this.rule = rule;
      this.pc = pc;
      this.slots = slots;
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
   * gets crowded. Made for one call.
   */
  private static final class Agenda {
    private static final int SCAN_LIMIT = 16;

    private final int n;

    /** Made with the first strand: a stage of fixed rules needs none. */
    private List<Strand>[] lists;

    private Set<Strand>[] crowded;
    private int last = -1;

    Agenda(int n) {
      this.n = n;
    }

    @SuppressWarnings("unchecked")
    void add(int p, Strand s) {
      if (lists == null) {
        lists = new List[n + 1];
      }
      List<Strand> list = lists[p];
      if (list == null) {
        list = new ArrayList<>(4);
        lists[p] = list;
        last = Math.max(last, p);
      }
      Set<Strand> set = crowded == null ? null : crowded[p];
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
        crowd(p, list);
      }
    }

    @SuppressWarnings("unchecked")
    private void crowd(int p, List<Strand> list) {
      if (crowded == null) {
        crowded = new Set[lists.length];
      }
      crowded[p] = new HashSet<>(list);
    }

    List<Strand> at(int p) {
      return lists == null || lists[p] == null ? List.of() : lists[p];
    }

    /** The furthest position a strand waits at, or -1. */
    int last() {
      return last;
    }
  }
}
