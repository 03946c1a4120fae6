package io.crosscheck.extractor.event;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.EventType;
import java.util.List;

/** The kind of an incident, from the first telling word in the sentences that describe it. */
final class EventTypes {

  /** The telling words of each kind, kept in {@code rules/phrases/event-types.tsv}. */
  private enum Lists implements WordList {
    EVENT_TYPES
  }

  private static final PhraseTable<EventType> WORDS =
      Wording.phrases(Lists.EVENT_TYPES, EventType.class);

  private EventTypes() {}

  static EventType of(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      EventType type = ofTokens(s.tokens());
      if (type != null) {
        return type;
      }
    }
    return EventType.OTHER;
  }

  /** The sentence names a kind of incident: "shooting", "gunfire", "crash". */
  static boolean named(Sentence sentence) {
    return ofTokens(sentence.tokens()) != null;
  }

  private static EventType ofTokens(TokenList tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Match<EventType> word = WORDS.at(tokens, i);
      if (word != null) {
        return word.value();
      }
    }
    return null;
  }
}
