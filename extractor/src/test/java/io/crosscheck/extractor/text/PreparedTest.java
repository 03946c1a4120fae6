package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work built on a thread of its own, or by the first caller, and asked for later. */
class PreparedTest {

  @Test
  void is_built_once_whoever_asks_and_however_often() {
    AtomicInteger builds = new AtomicInteger();
    Prepared<String> started =
        Prepared.started(() -> "tables" + builds.incrementAndGet(), "test-builder", "building");

    assertThat(started.get()).isEqualTo("tables1");
    assertThat(started.get()).isSameAs(started.get());
    assertThat(builds).hasValue(1);
  }

  @Test
  void on_request_it_is_built_by_the_first_caller_only_then() {
    AtomicInteger builds = new AtomicInteger();
    Prepared<Integer> later = Prepared.onRequest(builds::incrementAndGet, "building");

    assertThat(builds).hasValue(0);
    assertThat(later.get()).isEqualTo(1);
    assertThat(later.get()).isEqualTo(1);
  }

  @Test
  void a_failed_build_throws_its_own_error_to_every_caller() {
    Prepared<String> broken =
        Prepared.started(
            () -> {
              throw new IllegalStateException("places.tsv line 3: two columns expected");
            },
            "test-builder",
            "loading the places");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(broken::get)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("places.tsv line 3: two columns expected");
    }
  }

  @Test
  void a_checked_failure_is_named_by_the_work_it_stopped() {
    Prepared<String> broken =
        Prepared.onRequest(
            () -> {
              throw new IOException("disk gone");
            },
            "loading the places");

    assertThatThrownBy(broken::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("loading the places failed")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void an_interrupt_is_kept_for_later_not_obeyed() {
    Thread.currentThread().interrupt();
    try {
      assertThat(Prepared.started(() -> "tables", "test-builder", "building").get())
          .isEqualTo("tables");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
