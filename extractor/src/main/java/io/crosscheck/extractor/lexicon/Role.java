package io.crosscheck.extractor.lexicon;

import io.crosscheck.model.Groups;

/**
 * A head noun that says who is counted ("soldiers") with its group key ({@code military}) and
 * grammatical number ({@code singular}, {@code plural} or {@code mass}).
 */
public record Role(String group, String number) {
  public boolean singular() {
    return number.equals("singular");
  }

  public boolean military() {
    return group.equals(Groups.MILITARY);
  }
}
