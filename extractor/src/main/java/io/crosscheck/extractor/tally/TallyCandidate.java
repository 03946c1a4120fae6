package io.crosscheck.extractor.tally;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.util.List;

/**
 * One reading of an article's count of a predicate: a value, the claims that state it (none when
 * only the hand-made tally derives it), and what the model knows of it.
 *
 * @param features indexed by {@link TallyFeature#ordinal()}
 */
public record TallyCandidate(
    Predicate predicate, Interval value, List<Claim> claims, double[] features) {

  public TallyCandidate {
    claims = List.copyOf(claims);
    features = features.clone();
  }

  public double feature(TallyFeature f) {
    return features[f.ordinal()];
  }

  @Override
  public double[] features() {
    return features.clone();
  }
}
