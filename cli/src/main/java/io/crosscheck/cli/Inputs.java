package io.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inputs named on the command line: files, folders (their article files, recursively, in name
 * order) and {@code -} for standard input. Contents are read one input at a time, on demand, so a
 * folder of thousands of articles is never held in memory at once.
 */
final class Inputs {

  private static final List<String> ARTICLE_EXTENSIONS =
      List.of(".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson");

  /** One input: its name for messages, and how to read it. */
  record Input(String name, Path path) {
    boolean stdin() {
      return path == null;
    }

    byte[] read(InputStream stdin, long limit) throws IOException {
      if (path == null) {
        return stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
    }
  }

  private Inputs() {}

  /** Expands the arguments; a path that does not exist is a usage error naming it. */
  static List<Input> expand(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        inputs.addAll(folder(path));
      } else if (Files.exists(path)) {
        inputs.add(new Input(argument, path));
      } else {
        throw new IllegalArgumentException("no such file or folder: " + argument);
      }
    }
    return inputs;
  }

  private static List<Input> folder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(Inputs::isArticleFile)
          .sorted()
          .map(p -> new Input(p.toString(), p))
          .toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.equals("readme.md")) {
      return false;
    }
    return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
