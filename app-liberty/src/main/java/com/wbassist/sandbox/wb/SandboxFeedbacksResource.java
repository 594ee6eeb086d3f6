package com.wbassist.sandbox.wb;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code feedbacks-api.wildberries.ru} in the sandbox. */
@Path("sandbox/wb/feedbacks")
public class SandboxFeedbacksResource {
  @Inject WbSandbox wb;

  @GET
  @Path("api/v1/feedbacks")
  public Response feedbacks(
      @HeaderParam("Authorization") String auth,
      @QueryParam("isAnswered") String isAnswered,
      @QueryParam("take") String take,
      @QueryParam("skip") String skip,
      @QueryParam("order") String order) {
    return SandboxResponses.of(wb.feedbacks(auth, isAnswered, take, skip, order));
  }

  @GET
  @Path("api/v1/feedbacks/archive")
  public Response archive(
      @HeaderParam("Authorization") String auth,
      @QueryParam("take") String take,
      @QueryParam("skip") String skip,
      @QueryParam("order") String order) {
    return SandboxResponses.of(wb.archive(auth, take, skip, order));
  }

  @GET
  @Path("ping")
  public Response ping(@HeaderParam("Authorization") String auth) {
    return SandboxResponses.of(wb.ping(auth, WbHost.FEEDBACKS));
  }
}
