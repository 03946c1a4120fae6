package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A failed login takes as long for a name nobody has as for an editor's: the decoy hash has the
 * editors' own bcrypt cost — here cost 05, what {@code htpasswd -nbB} makes — so the answer's time
 * does not list the editors.
 */
@QuarkusTest
@TestProfile(LoginTimingTest.HtpasswdHashes.class)
class LoginTimingTest {

  /** Editors hashed as htpasswd hashes them (cost 05). */
  public static class HtpasswdHashes implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "crosscheck.editors",
          "dora:"
              + BcryptUtil.bcryptHash("dora-Passw0rd", 5)
              + ",eve:"
              + BcryptUtil.bcryptHash("eve-Passw0rd", 5));
    }
  }

  private static long millis(String client, String name) {
    long start = System.nanoTime();
    assertThat(Newsroom.loginFrom(client, name, "not-the-password").header("Location"))
        .contains("/login?error");
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void a_failed_login_costs_the_same_for_known_and_unknown_names() {
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      // a new client address each time, so the throttle never answers for bcrypt
      known.add(millis("192.0.2." + (i + 1), "dora"));
      unknown.add(millis("192.0.2." + (i + 101), "mallory"));
    }
    long k = median(known);
    long u = median(unknown);
    // a cost-10 decoy against cost-05 hashes is 32 times the work; allow noise, not that
    assertThat(u).as("unknown %d ms against known %d ms", u, k).isLessThan(3 * k + 15);
    assertThat(k).as("known %d ms against unknown %d ms", k, u).isLessThan(3 * u + 15);
  }
}
