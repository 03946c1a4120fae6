package io.crosscheck.extractor.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids that stay the same for the same input: the caller's id, else the file name, else a
 * digest of source and url, else of the text.
 */
final class ArticleIds {

  private ArticleIds() {}

  static String derive(String given, String name, String source, String url, String text) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String stem = stem(name);
    if (!stem.isEmpty()) {
      return stem;
    }
    if (url != null && !url.isBlank()) {
      return "a" + digest((source == null ? "" : source) + "\n" + url);
    }
    return "a" + digest(text);
  }

  static String stem(String name) {
    if (name == null || name.equals("-") || name.isBlank()) {
      return "";
    }
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  static String digest(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
