package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.rules.ReadingKind;
import io.crosscheck.extractor.rules.Readings;
import io.crosscheck.extractor.text.Token;
import java.util.List;

/**
 * The numbers of one sentence as the quantity reader reads them, read once per sentence: what rule
 * files match as {@code <number>} (any core: "1.5 million", "twenty five", "several", "both") and
 * {@code <digits>} (one written in digits). Made for one call.
 */
final class NumberReadings implements Readings {

  static final ReadingKind NUMBER = new ReadingKind("number");
  static final ReadingKind DIGITS = new ReadingKind("digits");

  private final List<Token> tokens;
  private final CoreReader.Core[] cores;

  /** The tokens a core starts at, in order. */
  private final int[] starts;

  private NumberReadings(List<Token> tokens, CoreReader reader) {
    this.tokens = tokens;
    this.cores = new CoreReader.Core[tokens.size()];
    int found = 0;
    for (int i = 0; i < cores.length; i++) {
      cores[i] = reader.at(tokens, i);
      found += cores[i] != null ? 1 : 0;
    }
    this.starts = new int[found];
    for (int i = 0, k = 0; k < found; i++) {
      if (cores[i] != null) {
        starts[k++] = i;
      }
    }
  }

  static NumberReadings of(List<Token> tokens, CoreReader reader) {
    return new NumberReadings(tokens, reader);
  }

  /** True when some count starts in the sentence. */
  boolean any() {
    return starts.length > 0;
  }

  /** The core starting at token {@code i}, or null. */
  CoreReader.Core core(int i) {
    return i < cores.length ? cores[i] : null;
  }

  /** True when a core starts at one of the tokens {@code [from, to]}. */
  boolean coreWithin(int from, int to) {
    for (int i = from; i <= to && i < cores.length; i++) {
      if (cores[i] != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean startsAt(ReadingKind kind, int start) {
    CoreReader.Core core = core(start);
    return core != null && (kind != DIGITS || tokens.get(start).number());
  }

  @Override
  public int nextStart(ReadingKind kind, int from, int to) {
    for (int start : starts) {
      if (start >= to) {
        break;
      }
      if (start >= from && startsAt(kind, start)) {
        return start;
      }
    }
    return -1;
  }

  /** The core's end, then where the number read plainly ends if that differs. */
  @Override
  public int end(ReadingKind kind, int start, int k) {
    if (!startsAt(kind, start)) {
      return -1;
    }
    CoreReader.Core core = cores[start];
    if (k == 0) {
      return core.end();
    }
    // a range's second number is read plainly ("10 to 15"), which may end elsewhere
    boolean plainElsewhere = core.plainEnd() > 0 && core.plainEnd() != core.end();
    return k == 1 && plainElsewhere ? core.plainEnd() : -1;
  }
}
