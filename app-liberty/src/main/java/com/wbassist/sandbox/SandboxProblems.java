package com.wbassist.sandbox;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * The sandbox's answers to bad requests, as problem details ({@code application/problem+json}):
 * what was wrong, in one sentence a person can act on.
 */
public final class SandboxProblems {
  private static final String MEDIA_TYPE = "application/problem+json";

  private SandboxProblems() {}

  public static Response badRequest(String detail) {
    return problem(400, "Bad request", detail);
  }

  public static Response notFound(String detail) {
    return problem(404, "Not found", detail);
  }

  public static Response conflict(String detail) {
    return problem(409, "Conflict", detail);
  }

  public static Response problem(int status, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString())
        .build();
  }
}
