package io.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** DESIGN §6 key configuration, read as an operator writes it. */
class ApiKeysTest {

  @Test
  void plainAndHashedKeysGrantTheirRoles() {
    ApiKeys keys =
        ApiKeys.parse("cms-7f3a:ingest, sha256:" + Fingerprint.of("desk-91bc") + ":editor+ingest");

    assertThat(keys.rolesOf("cms-7f3a")).containsExactly("ingest");
    assertThat(keys.rolesOf("desk-91bc")).isEqualTo(Set.of("editor", "ingest"));
    assertThat(keys.rolesOf("cms-7f3b")).isEmpty();
    assertThat(keys.rolesOf("")).isEmpty();
  }

  @Test
  void namedKeysNameTheirClientAndUnnamedOnesTheirPosition() {
    ApiKeys keys = ApiKeys.parse("cms=cms-7f3a:ingest, desk-91bc:editor, b64=dGVzdA==:editor");
    assertThat(keys.clientOf("cms-7f3a").orElseThrow().name()).isEqualTo("cms");
    assertThat(keys.clientOf("desk-91bc").orElseThrow().name()).isEqualTo("api-key-2");
    assertThat(keys.clientOf("dGVzdA==").orElseThrow().name()).isEqualTo("b64");
    assertThat(ApiKeys.parse("dGVzdA==:editor").rolesOf("dGVzdA==")).containsExactly("editor");
    assertThatThrownBy(() -> ApiKeys.parse("a=k1:ingest,a=k2:editor"))
        .hasMessageContaining("'a' is used twice");
  }

  @Test
  void aRepeatedRoleIsOneRole() {
    assertThat(ApiKeys.parse("k:editor+editor").rolesOf("k")).containsExactly("editor");
  }

  @Test
  void mistakesNameTheEntry() {
    assertThatThrownBy(() -> ApiKeys.parse("a:ingest,b:admin"))
        .hasMessageContaining("entry 2")
        .hasMessageContaining("admin");
    assertThatThrownBy(() -> ApiKeys.parse("no-role")).hasMessageContaining("entry 1");
    assertThatThrownBy(() -> ApiKeys.parse("sha256:abc:editor"))
        .hasMessageContaining("64 hex digits");
  }
}
