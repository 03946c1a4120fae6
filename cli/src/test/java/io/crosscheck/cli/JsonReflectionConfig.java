package io.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crosscheck.model.ArticleReport;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the GraalVM reflection configuration Jackson needs to print the CLI's JSON from a native
 * image: every record and enum reachable from the report types through record components and their
 * type arguments. The build runs it after compiling (cli/pom.xml, process-test-classes), so a new
 * field in the model is covered without anyone editing a JSON file; {@code NativeImageConfigTest}
 * checks the result.
 */
final class JsonReflectionConfig {

  /** The types the CLI hands to Jackson (see {@link Json}). */
  static final List<Class<?>> ROOTS =
      List.of(ArticleReport.class, ComparisonReport.class, EvaluationReport.class);

  static final String PATH =
      "META-INF/native-image/io.crosscheck/crosscheck-cli-json/reflect-config.json";

  private JsonReflectionConfig() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]).resolve(PATH);
    Files.createDirectories(out.getParent());
    Files.writeString(out, render(reachable(ROOTS)));
  }

  /** Records and enums of ours reachable from the roots, by name. */
  static Set<String> reachable(List<Class<?>> roots) {
    Set<String> names = new TreeSet<>();
    List<Class<?>> todo = new ArrayList<>(roots);
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(todo.size() - 1);
      if (!isOurs(type) || !names.add(type.getName())) {
        continue;
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          collect(component.getGenericType(), todo);
        }
      }
    }
    return names;
  }

  private static boolean isOurs(Class<?> type) {
    return type.getName().startsWith("io.crosscheck.") && (type.isRecord() || type.isEnum());
  }

  private static void collect(Type type, List<Class<?>> todo) {
    if (type instanceof Class<?> c) {
      todo.add(c);
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), todo);
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, todo);
      }
    }
  }

  private static String render(Set<String> names) throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", name);
      for (String all :
          List.of(
              "allDeclaredConstructors",
              "allPublicConstructors",
              "allDeclaredMethods",
              "allPublicMethods",
              "allDeclaredFields",
              "allPublicFields")) {
        entry.put(all, true);
      }
      entries.add(entry);
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries)
        + "\n";
  }
}
