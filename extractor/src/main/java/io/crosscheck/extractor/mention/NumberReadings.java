package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.rules.ReadingKind;
import io.crosscheck.extractor.rules.Readings;
import io.crosscheck.extractor.text.TokenList;
import java.util.Arrays;

/**
 * The numbers of one sentence as the quantity reader reads them, read once per sentence: what rule
 * files match as {@code <number>} (any core: "1.5 million", "twenty five", "several", "both") and
 * {@code <digits>} (one written in digits). Made for one call.
 */
final class NumberReadings implements Readings {

  static final ReadingKind NUMBER = new ReadingKind("number");
  static final ReadingKind DIGITS = new ReadingKind("digits");

  private static final CoreReader.Core[] NONE = {};

  private final TokenList tokens;

  /** The cores of the sentence in token order, found by binary search (a sentence may hold 200). */
  private final CoreReader.Core[] cores;

  private NumberReadings(TokenList tokens, CoreReader reader) {
    this.tokens = tokens;
    CoreReader.Core[] found = NONE;
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      CoreReader.Core core = reader.at(tokens, i);
      if (core != null) {
        found = count < found.length ? found : Arrays.copyOf(found, Math.max(4, 2 * count));
        found[count++] = core;
      }
    }
    this.cores = count == found.length ? found : Arrays.copyOf(found, count);
  }

  static NumberReadings of(TokenList tokens, CoreReader reader) {
    return new NumberReadings(tokens, reader);
  }

  /** True when some count starts in the sentence. */
  boolean any() {
    return cores.length > 0;
  }

  /** The core starting at token {@code i}, or null. */
  CoreReader.Core core(int i) {
    int at = firstFrom(i);
    return at < cores.length && cores[at].start() == i ? cores[at] : null;
  }

  /**
   * The index of the first core starting at or after token {@code i} ({@code cores.length}: none).
   */
  private int firstFrom(int i) {
    int low = 0;
    int high = cores.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cores[mid].start() < i) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** True when a core starts at one of the tokens {@code [from, to]}. */
  boolean coreWithin(int from, int to) {
    int at = firstFrom(from);
    return at < cores.length && cores[at].start() <= to;
  }

  @Override
  public boolean startsAt(ReadingKind kind, int start) {
    CoreReader.Core core = core(start);
    return core != null && (kind != DIGITS || tokens.get(start).number());
  }

  @Override
  public int nextStart(ReadingKind kind, int from, int to) {
    for (int at = firstFrom(from); at < cores.length && cores[at].start() < to; at++) {
      int start = cores[at].start();
      if (kind != DIGITS || tokens.get(start).number()) {
        return start;
      }
    }
    return -1;
  }

  /** The core's end, then where the number read plainly ends if that differs. */
  @Override
  public int end(ReadingKind kind, int start, int k) {
    CoreReader.Core core = core(start);
    if (core == null || kind == DIGITS && !tokens.get(start).number()) {
      return -1; // one search for the core, as a matcher asks this of every reading it tries
    }
    if (k == 0) {
      return core.end();
    }
    // a range's second number is read plainly ("10 to 15"), which may end elsewhere
    boolean plainElsewhere = core.plainEnd() > 0 && core.plainEnd() != core.end();
    return k == 1 && plainElsewhere ? core.plainEnd() : -1;
  }
}
