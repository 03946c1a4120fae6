package io.crosscheck.extractor.claim;

import io.crosscheck.model.Groups;

/**
 * The words saying who is counted, tokens {@code [start, end)}.
 *
 * @param group the normalized group key, or null when the phrase names no known kind of person
 * @param head the head noun as written ("soldiers"), or null when there is none ("six dead")
 * @param subset the phrase names part of a group counted elsewhere ("of them", "of the victims")
 * @param person the head is a kind of person (as opposed to homes, vehicles, weapons)
 * @param singular the head is grammatically singular ("a man", "the gunman")
 */
record NounPhrase(
    int start,
    int end,
    String group,
    String head,
    boolean subset,
    boolean person,
    boolean singular) {

  static NounPhrase none(int at) {
    return new NounPhrase(at, at, null, null, false, false, false);
  }

  boolean empty() {
    return start == end;
  }

  boolean military() {
    return Groups.military(group);
  }
}
