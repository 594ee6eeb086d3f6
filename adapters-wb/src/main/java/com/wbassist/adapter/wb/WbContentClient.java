package com.wbassist.adapter.wb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code content-api}: the card list, paged by a cursor of {@code updatedAt} and {@code nmID}. */
@Path("/content/v2/get/cards/list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WbContentClient {

  @POST
  Response cards(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String token,
      @QueryParam("locale") String locale,
      String body);
}
