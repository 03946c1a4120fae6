package io.crosscheck.comparator;

import java.util.Arrays;

/** Stable ids from the ids of what they are made of, in any order. */
final class Ids {

  private Ids() {}

  static String of(String prefix, String... parts) {
    String[] sorted = parts.clone();
    Arrays.sort(sorted);
    long hash = 0xcbf29ce484222325L;
    for (char c : String.join("|", sorted).toCharArray()) {
      hash ^= c;
      hash *= 0x100000001b3L;
    }
    String hex = Long.toHexString(hash & 0xffffffffffL);
    return prefix + "0".repeat(10 - hex.length()) + hex;
  }
}
