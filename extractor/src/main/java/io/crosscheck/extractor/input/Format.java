package io.crosscheck.extractor.input;

import java.util.Locale;

/** The article forms Crosscheck reads, chosen by file name, else sniffed from the content. */
public enum Format {
  TEXT,
  HTML,
  JSON,
  JSON_LINES;

  /** True when the name's extension does not say, so the content was sniffed. */
  static boolean sniffed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext :
        new String[] {
          ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".txt", ".text", ".md"
        }) {
      if (lower.endsWith(ext)) {
        return false;
      }
    }
    return true;
  }

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
    if (head.startsWith("{") || head.startsWith("[")) {
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
}
