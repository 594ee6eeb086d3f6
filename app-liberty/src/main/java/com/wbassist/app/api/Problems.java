package com.wbassist.app.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors of the sellers' API as RFC 9457 problem details ({@code application/problem+json}): a
 * stable {@code type} per kind of error that a client can switch on, a title, the HTTP status and
 * what exactly was wrong.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Where the kinds of problem are described (docs/api.md in the repository). */
  static final String TYPES = "https://wb-assist.example/problems/";

  private Problems() {}

  public static JsonObjectBuilder problem(String kind, String title, int status, String detail) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", TYPES + kind)
            .add("title", title)
            .add("status", status);
    if (detail != null && !detail.isBlank()) {
      problem.add("detail", detail);
    }
    return problem;
  }

  /** Written by hand where no JAX-RS resource answers: the authentication mechanism. */
  public static void write(
      HttpServletResponse response, String kind, String title, int status, String detail) {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(problem(kind, title, status, detail).build().toString());
    } catch (IOException gone) {
      throw new UncheckedIOException(gone);
    }
  }
}
