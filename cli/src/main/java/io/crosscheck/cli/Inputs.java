package io.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The inputs named on the command line: files, folders (their article files, recursively, in name
 * order, following symbolic links) and {@code -} for standard input. Contents are read one input at
 * a time, on demand, so a folder of thousands of articles is never held in memory at once.
 */
final class Inputs {

  static final List<String> ARTICLE_EXTENSIONS =
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

  /** The inputs to read, and what was skipped on the way (for standard error). */
  record Expanded(List<Input> inputs, List<String> warnings) {
    Expanded {
      inputs = List.copyOf(inputs);
      warnings = List.copyOf(warnings);
    }
  }

  private Inputs() {}

  /**
   * Expands the arguments; a path that does not exist (or a symbolic link that leads nowhere) is a
   * usage error naming it and why, and so are arguments that name no article file at all.
   */
  static Expanded expand(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Input> found = folder(path, warnings);
        if (found.isEmpty()) {
          warnings.add(
              argument + " holds no article file (" + String.join(", ", ARTICLE_EXTENSIONS) + ")");
        }
        inputs.addAll(found);
      } else if (Files.exists(path)) {
        inputs.add(new Input(argument, path));
      } else if (Files.isSymbolicLink(path)) {
        throw new IllegalArgumentException(argument + ": " + brokenLink(path));
      } else {
        throw new IllegalArgumentException("no such file or folder: " + argument);
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "no article file to read in " + String.join(" ", arguments));
    }
    return new Expanded(inputs, warnings);
  }

  /** Why a path cannot be read, in words: "permission denied", not the path again. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "cannot be read";
    } catch (IOException e) {
      String reason = reason(e);
      return reason.equals("no such file")
          ? "a symbolic link to a file that does not exist"
          : "a symbolic link that cannot be followed (" + reason + ")";
    }
  }

  private static List<Input> folder(Path folder, List<String> warnings) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!isArticleFile(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attributes.isSymbolicLink()) {
                // the link's own attributes: its target could not be read
                warnings.add("skipped " + file + ": " + brokenLink(file));
              } else if (attributes.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              warnings.add("skipped " + file + ": " + reason(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list folder " + folder + ": " + reason(e), e);
    }
    files.sort(Comparator.naturalOrder());
    return files.stream().map(p -> new Input(p.toString(), p)).toList();
  }

  private static boolean isArticleFile(Path p) {
    Path fileName = p.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.equals("readme.md")) {
      return false;
    }
    return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
