package com.wbassist.app.admin;

import com.wbassist.app.api.ApiProblemException;
import com.wbassist.app.security.ConsoleSession;
import com.wbassist.app.security.Roles;
import com.wbassist.app.web.sse.SseStreams;
import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.CabinetId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;

/**
 * What the operations console reads beyond the admin API's cabinets: the servers' work per hour, a
 * cabinet's runs, its pass's progress as a stream, one failed notification re-queued, and the
 * console's own session. Operators only, like the rest of {@code /api/admin}.
 */
@Path("api/admin/operations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {
  @Inject OperationsOverview operations;
  @Inject DispatchNudge dispatch;
  @Inject SseStreams streams;
  @Context HttpServletRequest request;

  /** Per hour, the current one last: syncs, events, notifications and dispatch lag. */
  @GET
  @Path("charts")
  public String charts(@QueryParam("hours") @DefaultValue("24") int hours) {
    if (hours < 1 || hours > OperationsOverview.LONGEST_SPAN_HOURS) {
      throw ApiProblemException.badParameter(
          "hours must be between 1 and " + OperationsOverview.LONGEST_SPAN_HOURS);
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (HourOfOperations hour : operations.lastHours(hours)) {
      list.add(
          Json.createObjectBuilder()
              .add("hour", hour.hour().toString())
              .add("syncs", hour.syncs())
              .add("failedSyncs", hour.failedSyncs())
              .add("events", hour.events())
              .add("sent", hour.sent())
              .add("failed", hour.failed())
              .add("averageLagSeconds", seconds(hour.averageLag()))
              .add("longestLagSeconds", seconds(hour.longestLag())));
    }
    return Json.createObjectBuilder().add("hours", list).build().toString();
  }

  /** The cabinet's newest runs, newest first ({@code ?limit=}, default 20). */
  @GET
  @Path("cabinets/{sid}/runs")
  public String runs(
      @PathParam("sid") String sid, @QueryParam("limit") @DefaultValue("20") int limit) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (SyncRunRecord run : operations.runs(new CabinetId(sid), limit)) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("id", run.id())
              .add("kind", run.kind().name())
              .add("startedAt", text(run.startedAt()))
              .add("finishedAt", text(run.finishedAt()))
              .add("error", run.error() == null ? "" : run.error())
              .add("rows", run.rows())
              .add("cancelRequested", run.cancelRequested());
      list.add(json);
    }
    return list.build().toString();
  }

  /**
   * Server-Sent Events: a {@code progress} event ({@code {"running", "percent", "stream", "rows"}})
   * whenever the cabinet's pass starts, moves or ends.
   */
  @GET
  @Path("cabinets/{sid}/progress")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void progress(@PathParam("sid") String sid, @Context SseEventSink sink, @Context Sse sse) {
    streams.follow(new ProgressFollower(operations, new CabinetId(sid), sink, sse));
  }

  /** Puts one given-up notification of the cabinet back in the queue and dispatches at once. */
  @POST
  @Path("cabinets/{sid}/deliveries/{id}/requeue")
  public String requeue(@PathParam("sid") String sid, @PathParam("id") long deliveryId) {
    if (!operations.requeueDelivery(new CabinetId(sid), deliveryId)) {
      throw ApiProblemException.notFound(
          "no given-up notification " + deliveryId + " of cabinet " + sid);
    }
    dispatch.dispatchSoon();
    return Json.createObjectBuilder()
        .add("sid", sid)
        .add("deliveryId", deliveryId)
        .add("requeued", true)
        .build()
        .toString();
  }

  /**
   * Who is signed in to the console and the token its state-changing calls carry in {@code
   * X-CSRF-Token}; empty for a caller with Basic credentials, who needs none.
   */
  @GET
  @Path("session")
  public String session() {
    return Json.createObjectBuilder()
        .add(
            "caller",
            request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName())
        .add("csrfToken", ConsoleSession.csrfToken(request).orElse(""))
        .build()
        .toString();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
