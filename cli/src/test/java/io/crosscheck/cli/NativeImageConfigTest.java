package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The CLI can be built with GraalVM native-image (no GraalVM can be installed here, so the image is
 * not built in CI): what can be checked is that the configuration the build generates exists and
 * covers every command, option and type the CLI reflects on, and every resource it loads.
 */
class NativeImageConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void picocliConfigurationCoversEveryCommandAndOptionField() throws IOException {
    Map<String, JsonNode> reflect =
        byName(
            read(
                "META-INF/native-image/picocli-generated/io.crosscheck/crosscheck-cli/reflect-config.json"));
    // picocli's own commands are added in code (a run builds only the command it names), so the
    // annotation processor does not see them: they are registered by hand beside it
    reflect.putAll(
        byName(read("META-INF/native-image/io.crosscheck/crosscheck-cli/reflect-config.json")));
    List<CommandLine> commands = new ArrayList<>();
    collect(Crosscheck.commandLine(), commands);
    assertThat(commands).extracting(CommandLine::getCommandName).contains("extract", "compare");

    for (CommandLine command : commands) {
      Class<?> type = command.getCommand().getClass();
      assertThat(reflect)
          .as("reflection entry for command %s", type.getName())
          .containsKey(type.getName());
      for (ArgSpec arg : command.getCommandSpec().args()) {
        if (arg.userObject() instanceof Field field) {
          String owner = field.getDeclaringClass().getName();
          assertThat(reflect).as("reflection entry for %s", owner).containsKey(owner);
          assertThat(fieldNames(reflect.get(owner)))
              .as("%s option field registered", owner)
              .contains(field.getName());
        }
        Class<?> optionType = arg.type();
        if (optionType.isEnum() && optionType.getName().startsWith("io.crosscheck.")) {
          assertThat(reflect)
              .as("option type %s", optionType.getName())
              .containsKey(optionType.getName());
        }
      }
    }
  }

  @Test
  void jsonConfigurationCoversEveryClassJacksonSerializesForARealComparison() throws IOException {
    Set<String> registered = byName(read(JsonReflectionConfig.PATH)).keySet();
    assertThat(registered)
        .contains(
            "io.crosscheck.model.Claim",
            "io.crosscheck.model.Quantity",
            "io.crosscheck.model.Discrepancy",
            "io.crosscheck.model.Severity");

    Set<String> serialized = new TreeSet<>();
    ObjectMapper recording =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(recordingModule(serialized));
    recording.writeValueAsString(ComparisonReport.of(SourceComparator.standard().compare(seeds())));
    serialized.removeIf(name -> !name.startsWith("io.crosscheck."));

    assertThat(serialized).isNotEmpty();
    assertThat(registered).containsAll(serialized);
  }

  @Test
  void everyLexiconFileTheIncidentModelAndTheVersionAreRegisteredResources() throws Exception {
    List<String> lexicon = listResources("io/crosscheck/extractor/lexicon/places.tsv");
    List<String> comparator = listResources("io/crosscheck/comparator/incident-model.tsv");
    assertThat(comparator)
        .contains(
            "io/crosscheck/comparator/common-names.txt",
            "io/crosscheck/comparator/official-titles.txt",
            "io/crosscheck/comparator/address-words.tsv");
    assertThat(lexicon).hasSizeGreaterThan(5).contains("io/crosscheck/extractor/lexicon/roles.tsv");
    List<Pattern> patterns = new ArrayList<>();
    patterns.addAll(
        resourcePatterns(
            "META-INF/native-image/io.crosscheck/crosscheck-extractor/resource-config.json"));
    patterns.addAll(
        resourcePatterns(
            "META-INF/native-image/io.crosscheck/crosscheck-cli/resource-config.json"));
    patterns.addAll(
        resourcePatterns(
            "META-INF/native-image/io.crosscheck/crosscheck-comparator/resource-config.json"));

    List<String> needed = new ArrayList<>(lexicon);
    needed.addAll(comparator);
    // every folder of data files the extractor opens, not only the lexicon's
    for (String sample :
        List.of(
            "io/crosscheck/extractor/rules/not-a-count.rules",
            "io/crosscheck/extractor/rules/words/accidental-adverbs.txt",
            "io/crosscheck/extractor/rules/phrases/number-tails.tsv",
            "io/crosscheck/extractor/text/abbreviations.txt",
            "io/crosscheck/extractor/tally/tally-model.tsv")) {
      List<String> folder = listResources(sample);
      assertThat(folder).as("the data files beside %s", sample).contains(sample);
      needed.addAll(folder);
    }
    needed.add("io/crosscheck/cli/version.txt");
    for (String resource : needed) {
      assertThat(patterns)
          .as("a resource pattern for %s", resource)
          .anyMatch(p -> p.matcher(resource).matches());
    }
  }

  @Test
  void theVersionComesFromTheBuildNotTheManifest() {
    assertThat(Version.number()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
  }

  private static List<ExtractedArticle> seeds() throws IOException {
    Extractor extractor = Extractor.standard();
    List<ExtractedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (var read :
            extractor.read(file.getFileName().toString(), Files.readAllBytes(file)).articles()) {
          out.add(extractor.extract(read.article()));
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(2);
    return out;
  }

  private static SimpleModule recordingModule(Set<String> serialized) {
    SimpleModule module = new SimpleModule();
    module.setSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config,
              BeanDescription description,
              JsonSerializer<?> serializer) {
            serialized.add(description.getBeanClass().getName());
            return serializer;
          }
        });
    return module;
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in =
        NativeImageConfigTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("generated configuration %s", resource).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static Map<String, JsonNode> byName(JsonNode entries) {
    Map<String, JsonNode> out = new HashMap<>();
    entries.forEach(entry -> out.put(entry.path("name").asText(), entry));
    return out;
  }

  private static Set<String> fieldNames(JsonNode entry) {
    Set<String> names = new HashSet<>();
    entry.path("fields").forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private static List<Pattern> resourcePatterns(String config) throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    read(config)
        .path("resources")
        .path("includes")
        .forEach(include -> patterns.add(Pattern.compile(include.path("pattern").asText())));
    return patterns;
  }

  /** Every file in the folder holding {@code sample}, on disk or in a jar. */
  private static List<String> listResources(String sample) throws Exception {
    URI uri = NativeImageConfigTest.class.getClassLoader().getResource(sample).toURI();
    String folder = sample.substring(0, sample.lastIndexOf('/') + 1);
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return names(jar.getPath("/" + folder), folder);
      }
    }
    return names(Path.of(uri).getParent(), folder);
  }

  private static List<String> names(Path dir, String folder) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      // classes share the package folder in a jar; the data files are the rest (sub-folders are
      // listed on their own)
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder + f.getFileName())
          .filter(name -> !name.endsWith(".class") && !name.endsWith("/"))
          .filter(name -> !name.endsWith(".md")) // a folder's notes for people, never opened
          .sorted()
          .toList();
    }
  }
}
