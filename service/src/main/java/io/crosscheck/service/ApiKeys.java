package io.crosscheck.service;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API keys of DESIGN §6: {@code [name=]key:role[+role]}, comma-separated, where a key may be
 * given as {@code sha256:<hex>} so no plain secret sits in configuration. The name (letters,
 * digits, {@code ._@-}) is the client's, recorded as the actor of its reviews; a key without one is
 * named by its position ({@code api-key-2}). Keys are held and compared only as SHA-256 digests, in
 * constant time.
 */
final class ApiKeys {

  static final Set<String> ROLES = Set.of("ingest", "editor");

  /** A client's name: what the audit trail records as the actor of its API calls. */
  static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** The client a key belongs to: its name and roles. */
  record Client(String name, Set<String> roles) {}

  /** A configured key: its SHA-256 (decoded once) and its client. */
  private record Known(byte[] digest, Client client) {}

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
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      // name=key:roles names the client; the old key:roles still works, named by its position
      String name = "api-key-" + (i + 1);
      int equals = entry.indexOf('=');
      if (equals > 0
          && equals < entry.length() - 1
          && entry.charAt(equals + 1) != '='
          && NAME.matcher(entry.substring(0, equals)).matches()) {
        name = entry.substring(0, equals);
        entry = entry.substring(equals + 1);
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "crosscheck.api-keys entry " + (i + 1) + ": the name '" + name + "' is used twice");
      }
      int colon = entry.lastIndexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new IllegalArgumentException(
            "crosscheck.api-keys entry " + (i + 1) + " is not [name=]key:role[+role]");
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
      keys.add(new Known(HexFormat.of().parseHex(hex), new Client(name, granted)));
    }
    return new ApiKeys(keys);
  }

  /** The roles of a presented key, empty if it is unknown. */
  Set<String> rolesOf(String presented) {
    return clientOf(presented).map(Client::roles).orElse(Set.of());
  }

  /** The client whose key this is, empty if it is unknown. */
  java.util.Optional<Client> clientOf(String presented) {
    if (presented == null || presented.isEmpty()) {
      return java.util.Optional.empty();
    }
    byte[] digest = HexFormat.of().parseHex(Fingerprint.of(presented));
    Client found = null;
    for (Known k : known) {
      // every key compared, so the time taken says nothing about which one matched
      if (MessageDigest.isEqual(digest, k.digest()) && found == null) {
        found = k.client();
      }
    }
    return java.util.Optional.ofNullable(found);
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
