package io.crosscheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json, with a detail a CMS developer can act on. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    Response r = e.getResponse();
    if (r.hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(r.getMediaType()))) {
      return r;
    }
    int status = r.getStatus();
    return Problem.response(
        status, kindOf(status), r.getStatusInfo().getReasonPhrase(), detailOf(status, e));
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e) {
    return Problem.response(
        400,
        "malformed-json",
        "Malformed JSON",
        "The request body is not valid JSON: " + e.getOriginalMessage());
  }

  /** A body of the wrong shape: a number where a string belongs, a string for an object. */
  @ServerExceptionMapper
  public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
    String field =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(java.util.stream.Collectors.joining("."))
            .replace(".[", "[");
    String wanted = expected(e.getTargetType());
    return Problem.response(
        400,
        "invalid-field",
        "Wrong JSON type",
        field.isEmpty()
            ? "The body must be " + wanted + "."
            : "\"" + field + "\" must be " + wanted + ".");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another JSON type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "a JSON object";
  }

  /** Two requests changed one story or discrepancy at once: the later one wrote nothing. */
  @ServerExceptionMapper
  public Response concurrent(jakarta.persistence.OptimisticLockException e) {
    return Problem.response(
        409,
        "concurrent-change",
        "Changed at the same time",
        "Another request changed this resource while yours ran; nothing of yours was written."
            + " Read it again and retry.");
  }

  /** A commit that failed: a concurrent change is the caller's to retry, anything else is ours. */
  @ServerExceptionMapper
  public Response commit(io.quarkus.narayana.jta.QuarkusTransactionException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException lock) {
        return concurrent(lock);
      }
      // two re-comparisons of one story stored the same finding's slot at once: the later one
      // is refused by the slot's unique key, which is a concurrent change like any other
      if (t instanceof org.hibernate.exception.ConstraintViolationException violation
          && violation.getConstraintName() != null
          && violation
              .getConstraintName()
              .toLowerCase(java.util.Locale.ROOT)
              .contains("discrepancy_slot")) {
        return concurrent(new jakarta.persistence.OptimisticLockException(violation.getMessage()));
      }
    }
    return unexpected(e);
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("unexpected error", e);
    return Problem.response(
        500,
        "internal-error",
        "Internal error",
        "The service failed on this request and wrote nothing; the error is in its log.");
  }

  private static String kindOf(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status;
    };
  }

  private static String detailOf(int status, WebApplicationException e) {
    return switch (status) {
      case 404 -> "No such resource: check the path and id.";
      case 415 -> "Send the body as application/json.";
      case 413 -> "The body is over the service's size limit (crosscheck: CROSSCHECK_MAX_BODY).";
      default -> e.getMessage();
    };
  }
}
