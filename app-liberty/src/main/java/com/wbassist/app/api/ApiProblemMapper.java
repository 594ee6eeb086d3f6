package com.wbassist.app.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link ApiProblemException} as {@code application/problem+json}. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblemException> {
  @Override
  public Response toResponse(ApiProblemException problem) {
    return Response.status(problem.status())
        .type(Problems.MEDIA_TYPE)
        .entity(
            Problems.problem(
                    problem.kind(), problem.title(), problem.status(), problem.getMessage())
                .build()
                .toString())
        .build();
  }
}
