package io.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON the CLI prints: the model's records as they are (their component names are the
 * contract's), enums by their wire names, dates as ISO strings, two-space indentation and "\n" line
 * ends on every platform so output is byte-identical for the same input.
 *
 * <p>One mapper serves both ways of writing. {@code extract} runs once per process, so what it sets
 * up is paid on every run: a second mapper (with its module) for {@link #write}, which {@code
 * extract} never calls, cost it a tenth of its JSON time.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  /**
   * A writer per type written, made the first time: {@code writerFor} looks up the type's
   * serializer and sets up a writer on each call, and {@code extract} writes one per article.
   */
  private static final ClassValue<ObjectWriter> WRITERS =
      new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
          return MAPPER.writerFor(type);
        }
      };

  private Json() {}

  /**
   * The document as text; made on the first call only. Flushing after a value (turned off on the
   * mapper, for the generator's parts) changes nothing for a string.
   */
  static String write(Object value) {
    try {
      return Whole.WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The writer of whole documents, set up when {@link #write} is first called. */
  private static final class Whole {
    static final ObjectWriter WRITER = MAPPER.writer(printer());
  }

  /** A generator that prints exactly as {@link #write} does, for writing a document in parts. */
  static com.fasterxml.jackson.core.JsonGenerator generator(java.io.Writer out)
      throws java.io.IOException {
    var generator = MAPPER.getFactory().createGenerator(out);
    generator.setPrettyPrinter(printer());
    generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator;
  }

  static void writeValue(com.fasterxml.jackson.core.JsonGenerator generator, Object value)
      throws java.io.IOException {
    WRITERS.get(value.getClass()).writeValue(generator, value);
  }

  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }
}
