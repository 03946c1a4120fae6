package io.crosscheck.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type a stable URI naming the kind of problem, for a CMS to branch on
 * @param detail what went wrong with this request and how to fix it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static Response response(int status, String kind, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("https://crosscheck.io/problems/" + kind, title, status, detail))
        .build();
  }

  /** Thrown by resources; mapped to its response as is. */
  static WebApplicationException of(int status, String kind, String title, String detail) {
    return new WebApplicationException(response(status, kind, title, detail));
  }
}
