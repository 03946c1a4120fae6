package io.crosscheck.service;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@code crosscheck.max-body-bytes} with 413 and a problem+json body, before
 * anything is read or written. A body without a declared length is checked where it is read.
 */
@jakarta.inject.Singleton
public class BodyLimit {

  private final long maxBytes;

  BodyLimit(@ConfigProperty(name = "crosscheck.max-body-bytes") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext request) {
    int length = request.getLength();
    return length > maxBytes ? tooLarge(length) : null;
  }

  void check(byte[] body) {
    if (body != null && body.length > maxBytes) {
      throw new jakarta.ws.rs.WebApplicationException(tooLarge(body.length));
    }
  }

  private Response tooLarge(long length) {
    return Problem.response(
        413,
        "too-large",
        "Body too large",
        "The body is "
            + length
            + " bytes; this service takes at most "
            + maxBytes
            + " (crosscheck.max-body-bytes, environment CROSSCHECK_MAX_BODY_BYTES).");
  }
}
