package io.crosscheck.extractor.input;

import io.crosscheck.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from the bytes of one input. Never throws on input: an empty, binary, oversized or
 * malformed input yields diagnostics and whatever articles could still be read.
 *
 * <pre>{@code
 * ReadResult read = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read("story.txt", bytes);
 * read.articles().get(0).article().title();
 * }</pre>
 */
public final class ArticleReader {

  /** 5 MiB: far above any news article, low enough that a stray file cannot exhaust memory. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final long maxBytes;

  public ArticleReader(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the size limit must be at least one byte: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * @param name the file name (its extension picks the format; {@code -} or an unknown extension
   *     means the format is sniffed from the content), also used to derive article ids
   */
  public ReadResult read(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return ReadResult.failed(
          name, Diagnostic.error("empty", name + " is empty: no article to read"));
    }
    List<Diagnostic> notes = new ArrayList<>();
    int length = bytes.length;
    if (length > maxBytes) {
      length = utf8Boundary(bytes, (int) Math.min(maxBytes, Integer.MAX_VALUE));
      notes.add(
          Diagnostic.warning(
              "too-large",
              name
                  + " is larger than the limit of "
                  + maxBytes
                  + " bytes; only the first "
                  + length
                  + " bytes were read. Raise the limit (--max-bytes) to read it whole."));
    }
    if (Decoding.looksBinary(bytes, length)) {
      return ReadResult.failed(
          name,
          Diagnostic.error(
              "binary", name + " looks like a binary file, not an article (text, HTML or JSON)"));
    }
    Decoding.Decoded decoded = Decoding.decode(bytes, length);
    notes.addAll(decoded.diagnostics());
    String content = decoded.text();
    if (content.isBlank()) {
      return ReadResult.failed(name, Diagnostic.error("empty", name + " holds only white space"));
    }
    Format format = Format.of(name, content);
    ReadResult result =
        switch (format) {
          case TEXT -> PlainTextFormat.read(name, content);
          case HTML -> HtmlFormat.read(name, content);
          case JSON -> JsonFormat.read(name, content, false);
          case JSON_LINES -> JsonFormat.read(name, content, true);
        };
    return withNotes(result, notes);
  }

  private static ReadResult withNotes(ReadResult result, List<Diagnostic> notes) {
    if (notes.isEmpty()) {
      return result;
    }
    List<ArticleInput> articles = new ArrayList<>();
    for (ArticleInput input : result.articles()) {
      List<Diagnostic> all = new ArrayList<>(notes);
      all.addAll(input.diagnostics());
      articles.add(new ArticleInput(input.article(), all));
    }
    List<Diagnostic> problems = new ArrayList<>(result.problems());
    if (articles.isEmpty()) {
      problems.addAll(0, notes);
    }
    return new ReadResult(result.name(), articles, problems);
  }

  /** The largest length not above {@code limit} that does not cut a UTF-8 sequence. */
  private static int utf8Boundary(byte[] bytes, int limit) {
    int end = limit;
    while (end > 0 && end > limit - 4 && (bytes[end] & 0xc0) == 0x80) {
      end--;
    }
    return end;
  }
}
