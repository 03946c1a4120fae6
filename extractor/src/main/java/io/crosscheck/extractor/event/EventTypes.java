package io.crosscheck.extractor.event;

import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.EventType;
import java.util.List;
import java.util.Map;

/** The kind of an incident, from the first telling word in the sentences that describe it. */
final class EventTypes {

  private static final Map<String, EventType> WORDS =
      Map.ofEntries(
          Map.entry("shooting", EventType.SHOOTING),
          Map.entry("shootings", EventType.SHOOTING),
          Map.entry("shot", EventType.SHOOTING),
          Map.entry("gunman", EventType.SHOOTING),
          Map.entry("gunmen", EventType.SHOOTING),
          Map.entry("gunfire", EventType.SHOOTING),
          Map.entry("shootout", EventType.SHOOTING),
          Map.entry("stabbing", EventType.STABBING),
          Map.entry("stabbed", EventType.STABBING),
          Map.entry("knife", EventType.STABBING),
          Map.entry("bombing", EventType.BOMBING),
          Map.entry("bomb", EventType.BOMBING),
          Map.entry("bomber", EventType.BOMBING),
          Map.entry("blast", EventType.BOMBING),
          Map.entry("ied", EventType.BOMBING),
          Map.entry("car-bomb", EventType.BOMBING),
          Map.entry("airstrike", EventType.AIRSTRIKE),
          Map.entry("airstrikes", EventType.AIRSTRIKE),
          Map.entry("air-strike", EventType.AIRSTRIKE),
          Map.entry("drone", EventType.AIRSTRIKE),
          Map.entry("missile", EventType.AIRSTRIKE),
          Map.entry("shelling", EventType.AIRSTRIKE),
          Map.entry("raid", EventType.MILITARY_OPERATION),
          Map.entry("operation", EventType.MILITARY_OPERATION),
          Map.entry("forces", EventType.MILITARY_OPERATION),
          Map.entry("troops", EventType.MILITARY_OPERATION),
          Map.entry("offensive", EventType.MILITARY_OPERATION),
          Map.entry("clashes", EventType.MILITARY_OPERATION),
          Map.entry("crash", EventType.CRASH),
          Map.entry("overturned", EventType.CRASH),
          Map.entry("rollover", EventType.CRASH),
          Map.entry("plunged", EventType.CRASH),
          Map.entry("plunges", EventType.CRASH),
          Map.entry("accident", EventType.CRASH),
          Map.entry("collisions", EventType.CRASH),
          Map.entry("crashed", EventType.CRASH),
          Map.entry("collision", EventType.CRASH),
          Map.entry("collided", EventType.CRASH),
          Map.entry("derailed", EventType.CRASH),
          Map.entry("derailment", EventType.CRASH),
          Map.entry("capsized", EventType.CRASH),
          Map.entry("pileup", EventType.CRASH),
          Map.entry("pile-up", EventType.CRASH),
          Map.entry("sank", EventType.CRASH),
          Map.entry("fire", EventType.FIRE),
          Map.entry("blaze", EventType.FIRE),
          Map.entry("wildfire", EventType.FIRE),
          Map.entry("wildfires", EventType.FIRE),
          Map.entry("explosion", EventType.EXPLOSION),
          Map.entry("exploded", EventType.EXPLOSION),
          Map.entry("earthquake", EventType.EARTHQUAKE),
          Map.entry("quake", EventType.EARTHQUAKE),
          Map.entry("tremor", EventType.EARTHQUAKE),
          Map.entry("flood", EventType.FLOOD),
          Map.entry("floods", EventType.FLOOD),
          Map.entry("flooding", EventType.FLOOD),
          Map.entry("landslide", EventType.FLOOD),
          Map.entry("mudslide", EventType.FLOOD),
          Map.entry("storm", EventType.STORM),
          Map.entry("hurricane", EventType.STORM),
          Map.entry("typhoon", EventType.STORM),
          Map.entry("cyclone", EventType.STORM),
          Map.entry("tornado", EventType.STORM),
          Map.entry("blizzard", EventType.STORM),
          Map.entry("collapse", EventType.COLLAPSE),
          Map.entry("collapsed", EventType.COLLAPSE),
          Map.entry("stampede", EventType.STAMPEDE),
          Map.entry("crush", EventType.STAMPEDE),
          Map.entry("attack", EventType.ATTACK),
          Map.entry("attacks", EventType.ATTACK),
          Map.entry("attacked", EventType.ATTACK),
          Map.entry("ambush", EventType.ATTACK),
          Map.entry("massacre", EventType.ATTACK));

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

  private static EventType ofTokens(List<Token> tokens) {
    for (Token t : tokens) {
      EventType type = WORDS.get(t.lower());
      if (type != null) {
        return type;
      }
    }
    return null;
  }
}
