package com.wbassist.adapter.wb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code feedbacks-api}: the unanswered list ({@code isAnswered=false}) and the archive, both in
 * one envelope.
 */
@Path("/api/v1/feedbacks")
@Produces(MediaType.APPLICATION_JSON)
public interface WbFeedbacksClient {

  @GET
  Response feedbacks(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String token,
      @QueryParam("isAnswered") boolean isAnswered,
      @QueryParam("take") int take,
      @QueryParam("skip") int skip,
      @QueryParam("order") String order);

  @GET
  @Path("/archive")
  Response archive(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String token,
      @QueryParam("take") int take,
      @QueryParam("skip") int skip,
      @QueryParam("order") String order);
}
