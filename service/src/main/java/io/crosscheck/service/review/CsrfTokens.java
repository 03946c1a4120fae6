package io.crosscheck.service.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed double-submit CSRF tokens (the Quarkus CSRF extension cannot be resolved for this platform
 * here, see docs/review-page.md). The browser holds a random {@value #COOKIE} cookie (HttpOnly,
 * SameSite=Strict); every form carries HMAC-SHA256(key, cookie ‖ editor). Another site can neither
 * read the cookie nor compute the field, and a token is worth nothing to another editor. The key is
 * {@code crosscheck.csrf-key}, else random per start (forms open across a restart are then refused
 * — with the editor's note kept on the page).
 */
@ApplicationScoped
public class CsrfTokens {

  static final String COOKIE = "crosscheck-csrf";
  static final String FIELD = "csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  CsrfTokens(@ConfigProperty(name = "crosscheck.csrf-key") Optional<String> configured) {
    this.key =
        configured
            .filter(k -> !k.isBlank())
            .map(k -> k.getBytes(StandardCharsets.UTF_8))
            .orElseGet(() -> randomBytes(32));
  }

  /** A new value for the browser's cookie. */
  static String newCookie() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
  }

  /** The form field for this browser's cookie and this editor. */
  String token(String cookie, String editor) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((cookie + "\n" + editor).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** True only when the form's token was made for this cookie and this editor. */
  boolean valid(String cookie, String editor, String field) {
    if (cookie == null || cookie.length() < 32 || field == null || editor == null) {
      return false;
    }
    return MessageDigest.isEqual(
        token(cookie, editor).getBytes(StandardCharsets.US_ASCII),
        field.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
