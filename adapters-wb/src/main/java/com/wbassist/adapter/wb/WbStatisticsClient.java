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
 * {@code statistics-api}: orders and sales, paged by {@code lastChangeDate} with {@code flag=0}.
 */
@Path("/api/v1/supplier")
@Produces(MediaType.APPLICATION_JSON)
public interface WbStatisticsClient {

  @GET
  @Path("/orders")
  Response orders(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String token,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") int flag);

  @GET
  @Path("/sales")
  Response sales(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String token,
      @QueryParam("dateFrom") String dateFrom,
      @QueryParam("flag") int flag);
}
