package io.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, whatever standard output is: {@code crosscheck extract DIR
 * > out.json} still shows progress. Java 17 only says whether <em>all</em> standard streams are a
 * terminal ({@code System.console()}), so: the launcher's answer ({@code [ -t 2 ]}, passed as
 * {@code CROSSCHECK_STDERR_TTY}), else Linux's {@code /proc/self/fd/2}, else {@code
 * System.console()}.
 */
final class Terminal {

  private Terminal() {}

  static boolean stderr() {
    String launcher = System.getenv("CROSSCHECK_STDERR_TTY");
    if (launcher != null && !launcher.isEmpty()) {
      return launcher.equals("1");
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
