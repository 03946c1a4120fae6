package io.crosscheck.service;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API keys of DESIGN §6: {@code key:role[+role]}, comma-separated, where a key may be given as
 * {@code sha256:<hex>} so no plain secret sits in configuration. Keys are held and compared only as
 * SHA-256 digests, in constant time.
 */
final class ApiKeys {

  static final Set<String> ROLES = Set.of("ingest", "editor");

  /** A configured key: its SHA-256 (decoded once) and its roles. */
  private record Known(byte[] digest, Set<String> roles) {}

  private final List<Known> known;

  private ApiKeys(List<Known> known) {
    this.known = List.copyOf(known);
  }

  /** Parses the configuration; a malformed entry stops the service naming the entry's position. */
  static ApiKeys parse(String config) {
    List<Known> keys = new ArrayList<>();
    if (config == null || config.isBlank()) {
      return new ApiKeys(keys);
    }
    String[] entries = config.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int colon = entry.lastIndexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new IllegalArgumentException(
            "crosscheck.api-keys entry " + (i + 1) + " is not key:role[+role]");
      }
      String key = entry.substring(0, colon);
      // copyOf, not of: "editor+editor" is one role, not a start-up crash
      Set<String> granted =
          Set.copyOf(List.of(entry.substring(colon + 1).toLowerCase(Locale.ROOT).split("\\+")));
      for (String role : granted) {
        if (!ROLES.contains(role)) {
          throw new IllegalArgumentException(
              "crosscheck.api-keys entry "
                  + (i + 1)
                  + ": unknown role '"
                  + role
                  + "' (roles: ingest, editor)");
        }
      }
      String hex = key.startsWith("sha256:") ? hexOf(key.substring(7), i) : Fingerprint.of(key);
      keys.add(new Known(HexFormat.of().parseHex(hex), granted));
    }
    return new ApiKeys(keys);
  }

  /** The roles of a presented key, empty if it is unknown. */
  Set<String> rolesOf(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Set.of();
    }
    byte[] digest = HexFormat.of().parseHex(Fingerprint.of(presented));
    for (Known k : known) {
      if (MessageDigest.isEqual(digest, k.digest())) {
        return k.roles();
      }
    }
    return Set.of();
  }

  private static String hexOf(String hex, int index) {
    String lower = hex.toLowerCase(Locale.ROOT);
    if (!lower.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "crosscheck.api-keys entry " + (index + 1) + ": sha256: needs 64 hex digits");
    }
    return lower;
  }
}
