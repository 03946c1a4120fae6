package io.crosscheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crosscheck.model.ArticleReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes {@code {"articles": [...]}} one article at a time, so a folder of thousands of articles is
 * never held in memory as one document; the bytes are the same as writing it whole.
 */
final class JsonArticles implements AutoCloseable {

  private final JsonGenerator generator;

  JsonArticles(Writer out) {
    try {
      this.generator = Json.generator(out);
      generator.writeStartObject();
      generator.writeFieldName("articles");
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(ArticleReport report) {
    try {
      Json.writeValue(generator, report);
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeRaw('\n');
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
