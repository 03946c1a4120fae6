package io.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Odd addresses, cookies and parameters, sent byte for byte over a socket: each gets an answer
 * within seconds — never a request left hanging, never a 500 — and every 4xx is problem+json.
 */
@QuarkusTest
class EveryRequestIsAnsweredTest {

  /** Sends one request as written and returns the response head, or fails after 10 s. */
  private static String send(String target, String headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers)
              .getBytes(StandardCharsets.UTF_8));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      try {
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0 && head.size() < 64_000; ) {
          head.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        if (head.size() == 0) {
          throw new AssertionError("no answer in 10 s to GET " + target + " " + headers);
        }
      }
      return head.toString(StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "GET {0} {1} answers {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          /review;x=1                 |                                      | 400
          /review/queue;x=1           |                                      | 400
          /review?x=a;b               |                                      | 400
          /review?x=a,b               |                                      | 400
          /review/stories/a,b         |                                      | 400
          /review/é                   |                                      | 400
          /login;x=1                  |                                      | 400
          /api/articles/x;y=1         | X-API-Key: desk-key                  | 400
          /q/health;x=1               |                                      | 400
          /review                     | Cookie: crosscheck-session=;;;       | 302
          /review                     | Cookie: crosscheck-session=AAAA      | 302
          /review                     | Cookie: quarkus-redirect-location=,; | 302
          /api/discrepancies?size=abc | X-API-Key: desk-key                  | 400
          /api/discrepancies?page=-1  | X-API-Key: desk-key                  | 400
          /api/discrepancies?page=x   | X-API-Key: desk-key                  | 400
          """)
  void an_odd_request_gets_an_answer(String target, String header, int status) throws IOException {
    String response = send(target, header == null ? "" : header + "\r\n");
    assertThat(response).startsWith("HTTP/1.1 " + status + " ");
    if (status >= 400) {
      assertThat(response).containsIgnoringCase("content-type: application/problem+json");
    }
  }
}
