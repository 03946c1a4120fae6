package io.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as the README says:
 * with good settings it serves; with a bad one it refuses to start, naming the setting and its fix,
 * instead of starting and answering every request with 500.
 */
class PackagedServiceIT {

  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
  private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

  @TempDir Path workDir;

  private Process start(Map<String, String> environment) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0",
                "-jar",
                JAR.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("out.log").toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("CROSSCHECK_"));
    builder.environment().putAll(environment);
    return builder.start();
  }

  private String output() throws IOException {
    return Files.readString(workDir.resolve("out.log"));
  }

  @ParameterizedTest(name = "{0}={1} is refused naming {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CROSSCHECK_EDITORS     | ana:secret                  | crosscheck.editors entry 1 (ana)
          CROSSCHECK_EDITORS     | ana:secret                  | htpasswd -nbB ana
          CROSSCHECK_SESSION_KEY | short                       | CROSSCHECK_SESSION_KEY
          CROSSCHECK_SESSION_KEY | short                       | at least 16
          CROSSCHECK_API_KEYS    | cms-7f3a                    | crosscheck.api-keys entry 1
          CROSSCHECK_API_KEYS    | cms-7f3a:ingest,desk:admin  | unknown role 'admin'
          """)
  void a_bad_setting_stops_the_start_naming_the_setting(String name, String value, String named)
      throws Exception {
    Process service = start(Map.of(name, value));
    try {
      assertThat(service.waitFor(90, TimeUnit.SECONDS))
          .as("the service stopped by itself")
          .isTrue();
      assertThat(service.exitValue()).isNotZero();
      assertThat(output()).contains("Invalid configuration").contains(named);
      assertThat(output()).doesNotContain("Listening on");
    } finally {
      service.destroyForcibly();
    }
  }

  @Test
  void the_readme_command_starts_a_healthy_service() throws Exception {
    Process service =
        start(Map.of("CROSSCHECK_API_KEYS", "cms=cms-7f3a:ingest,desk=desk-91bc:editor+ingest"));
    try {
      int port = awaitPort(service);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"UP\"");
      assertThat(output()).doesNotContain("Unrecognized configuration key");
    } finally {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
      service.destroyForcibly();
    }
  }

  private int awaitPort(Process service) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < until && service.isAlive()) {
      Matcher m = LISTENING.matcher(output());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start:\n" + output());
  }
}
