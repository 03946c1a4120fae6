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
 */
final class Json {

  private static final ObjectWriter WRITER = writer();

  private Json() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
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
    MAPPER.writerFor(value.getClass()).writeValue(generator, value);
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  private static ObjectWriter writer() {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer);
  }
}
