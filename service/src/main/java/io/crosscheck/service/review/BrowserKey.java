package io.crosscheck.service.review;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * The browser's CSRF cookie value: the one it sent, or a new one to set with this response.
 *
 * @param fresh true when the response must set the cookie
 */
record BrowserKey(String value, boolean fresh) {

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32,128}");

  static BrowserKey of(String cookie) {
    return cookie != null && WELL_FORMED.matcher(cookie).matches()
        ? new BrowserKey(cookie, false)
        : new BrowserKey(CsrfTokens.newCookie(), true);
  }

  Response.ResponseBuilder attach(Response.ResponseBuilder response) {
    if (!fresh) {
      return response;
    }
    return response.cookie(
        new NewCookie.Builder(CsrfTokens.COOKIE)
            .value(value)
            .path("/")
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.STRICT)
            .build());
  }
}
