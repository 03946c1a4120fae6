package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The editors' accounts as configured: bcrypt hashes only, names checked, mistakes explained. */
class EditorAccountsTest {

  private static final String HASH = "$2a$10$gfsZzPrBKEwkdHPspBbxwOjn14UC1XP.ELcTwRPl5IxAYtEBQ/R5i";

  @ParameterizedTest
  @ValueSource(strings = {"$2a$", "$2y$", "$2b$"})
  void hashes_from_common_bcrypt_tools_verify(String prefix) {
    String hash = prefix + HASH.substring(4);
    String stored = EditorAccounts.parse("ana:" + hash).get("ana");
    assertThat(BcryptUtil.matches("night-Shift-9", stored)).isTrue();
    assertThat(BcryptUtil.matches("night-shift-9", stored)).isFalse();
  }

  @Test
  void a_plain_password_is_refused_with_the_way_to_hash_it() {
    assertThatThrownBy(() -> EditorAccounts.parse("ana:" + HASH + ", ben:secret"))
        .hasMessageContaining("entry 2 (ben)")
        .hasMessageContaining("htpasswd -nbB ben")
        .hasMessageNotContaining("secret");
  }

  @Test
  void names_must_be_plain_and_unique() {
    assertThatThrownBy(() -> EditorAccounts.parse("a b:" + HASH)).hasMessageContaining("entry 1");
    assertThatThrownBy(() -> EditorAccounts.parse("ana:" + HASH + ",ana:" + HASH))
        .hasMessageContaining("'ana' twice");
  }

  @Test
  void no_configuration_means_no_editor() {
    assertThat(EditorAccounts.parse("")).isEmpty();
    assertThat(new EditorAccounts(java.util.Optional.empty()).identityOf("ana")).isEmpty();
    assertThat(
            new EditorAccounts(java.util.Optional.of("ana:" + HASH))
                .identityOf("ana")
                .orElseThrow()
                .getRoles())
        .containsExactly("editor");
  }
}
