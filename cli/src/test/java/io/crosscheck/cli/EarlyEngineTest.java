package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extractor.Extractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The extractor a run's command reads with, built early or when the command asks. */
class EarlyEngineTest {

  private static final byte[] STORY =
      "Two soldiers were injured in the attack, officials said.".getBytes(StandardCharsets.UTF_8);

  @Test
  void a_command_that_reads_gets_the_engine_built_early_once_with_its_own_size_limit()
      throws InterruptedException {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch built = new CountDownLatch(1);
    EarlyEngine engine =
        EarlyEngine.startFor(
            true,
            () -> {
              builds.incrementAndGet();
              Extractor e = Extractor.standard();
              built.countDown();
              return e;
            },
            "extract",
            "story.txt");

    assertThat(built.await(60, TimeUnit.SECONDS)).as("built before any command asked").isTrue();
    Extractor limited = engine.withMaxBytes(10);

    assertThat(limited.read("story.txt", STORY).articles().get(0).article().text())
        .isEqualTo("Two soldie");
    assertThat(engine.standard()).isSameAs(engine.standard());
    assertThat(builds).hasValue(1);
  }

  @Test
  void help_and_commands_that_do_not_read_build_nothing_until_asked() {
    AtomicInteger builds = new AtomicInteger();
    EarlyEngine help = EarlyEngine.startFor(true, counting(builds), "extract", "--help");
    EarlyEngine training =
        EarlyEngine.startFor(false, counting(builds), "train-tally", "--gold", "x");

    assertThat(builds).hasValue(0);
    help.standard();
    assertThat(builds).hasValue(1);
    training.standard();
    assertThat(builds).hasValue(2);
  }

  @Test
  void a_failed_build_is_the_commands_error_with_its_message() {
    EarlyEngine broken =
        EarlyEngine.startFor(
            true,
            () -> {
              throw new IllegalStateException("not-a-count.rules line 1: no such stage");
            },
            "extract",
            "story.txt");
    assertThatThrownBy(broken::standard)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not-a-count.rules line 1: no such stage");

    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine(broken, "extract", "../seeds");
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("extract", "../seeds")).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).contains("crosscheck: not-a-count.rules line 1: no such stage");
  }

  @Test
  @Timeout(30)
  void help_answers_while_a_build_has_not_finished() {
    CountDownLatch never = new CountDownLatch(1);
    EarlyEngine stuck =
        EarlyEngine.startFor(
            true,
            () -> {
              never.await();
              return null;
            },
            "extract",
            "story.txt");
    StringWriter out = new StringWriter();
    CommandLine cli = Crosscheck.commandLine(stuck, "extract", "--help");
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("extract", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: crosscheck extract");
  }

  private static java.util.concurrent.Callable<Extractor> counting(AtomicInteger builds) {
    return () -> {
      builds.incrementAndGet();
      return Extractor.standard();
    };
  }
}
