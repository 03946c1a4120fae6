package io.crosscheck.comparator;

import io.crosscheck.model.SameEvent;

/**
 * How sure one can be that two articles' lead events are one real-world event, with reasons an
 * editor can read: the {@link IdentityFeatures} of the pair weighed by the trained {@link
 * IncidentModel}. Showing an editor two different incidents as one is the costliest mistake, so the
 * model is trained and its threshold chosen for precision.
 */
final class SameEventScore {

  private SameEventScore() {}

  static SameEvent of(EventRef a, EventRef b) {
    IdentityFeatures features = IdentityFeatures.of(a, b);
    double p = IncidentModel.standard().probability(features.values());
    return new SameEvent(Math.round(p * 100) / 100.0, features.reasons());
  }

  /** Whether a confidence is high enough to take two events for one incident. */
  static boolean sameIncident(double confidence) {
    return confidence >= IncidentModel.standard().threshold();
  }

  static int family(io.crosscheck.model.EventType t) {
    return IdentityFeatures.family(t);
  }
}
