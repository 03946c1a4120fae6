package io.crosscheck.extractor.input;

import java.util.Locale;

/** The article forms Crosscheck reads, chosen by file name, else sniffed from the content. */
public enum Format {
  TEXT,
  HTML,
  JSON,
  JSON_LINES;

  static Format of(String name, String content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
      return TEXT;
    }
    return sniff(content);
  }

  private static Format sniff(String content) {
    String head = content.stripLeading();
    head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    if (startsJson(head)) {
      int newline = head.indexOf('\n');
      boolean secondObject = newline > 0 && head.substring(newline).stripLeading().startsWith("{");
      return secondObject && head.startsWith("{") ? JSON_LINES : JSON;
    }
    if (head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.contains("<body")
        || head.startsWith("<") && (head.contains("<p") || head.contains("<div"))) {
      return HTML;
    }
    return TEXT;
  }

  /**
   * '{"…' or '[{…', '[]': JSON; "[Updated] Three killed…" is an article that starts with a bracket.
   */
  private static boolean startsJson(String head) {
    if (head.isEmpty() || head.charAt(0) != '{' && head.charAt(0) != '[') {
      return false;
    }
    String rest = head.substring(1).stripLeading();
    if (rest.isEmpty()) {
      return true;
    }
    char next = rest.charAt(0);
    return head.charAt(0) == '{'
        ? next == '"' || next == '}'
        : next == '{' || next == ']' || next == '[';
  }
}
