package com.wbassist.sandbox.wb;

import jakarta.ws.rs.core.Response;

/** Turns a sandbox answer into the HTTP response WB would send. */
final class SandboxResponses {
  private SandboxResponses() {}

  static Response of(SandboxAnswer answer) {
    Response.ResponseBuilder response = Response.status(answer.status());
    answer.headers().forEach(response::header);
    if (answer.body() != null) {
      String type =
          answer.status() == 401 || answer.status() == 429
              ? "application/problem+json"
              : "application/json; charset=utf-8";
      response.entity(answer.body().toString()).type(type);
    }
    return response.build();
  }
}
