package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.application.port.in.ResyncRefusedException;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-syncs of a period: the orders and sales WB changed in those Moscow days read again from WB and
 * stored idempotently, as a background task followed at {@code /api/v1/tasks/{id}} (decision 0630).
 */
@Path("api/v1/resyncs")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "Background tasks and their live progress")
@SecurityRequirement(name = "apiKey")
public class ResyncsResource {
  @Inject SellerTasks tasks;
  @Inject Clock clock;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Reads the period's orders and sales from WB again and stores what the regular syncs"
              + " missed; rows already stored are not told again")
  @APIResponse(
      responseCode = "202",
      description = "Queued; Location is the task to follow",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "queued",
                      value =
                          "{\"id\":\"8c1e…\",\"kind\":\"RESYNC\",\"state\":\"QUEUED\",\"percent\":0,"
                              + "\"rows\":0,\"stage\":\"queued\",\"sequence\":1,"
                              + "\"from\":\"2026-11-01\",\"to\":\"2026-11-07\",\"format\":null}")))
  @APIResponse(
      responseCode = "400",
      description = "from or to missing or not a day, backwards, older than WB keeps, or future",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "The shop cannot be re-synced now: its primary sync is not done, WB refuses its token, its"
              + " token may ask WB for orders only now and then, or a re-sync is under way",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  public Response requestResync(ResyncRequestJson body) {
    ResyncRequestJson asked = body == null ? new ResyncRequestJson() : body;
    Period period = period(asked.from, asked.to);
    BackgroundTask task;
    try {
      task = tasks.requestResync(SellerApiCaller.of(request), period);
    } catch (ResyncRefusedException refused) {
      throw new ApiProblemException(
          "cannot-resync", "The shop cannot be re-synced now", 409, refused.getMessage());
    }
    return Response.accepted(TaskJson.of(task))
        .location(URI.create("/api/v1/tasks/" + task.id().value()))
        .build();
  }

  private Period period(String from, String to) {
    LocalDate today = Period.lastDays(1, clock).last();
    LocalDate first = day("from", from);
    LocalDate last = day("to", to);
    LocalDate oldest = today.minusDays(Period.LONGEST_DAYS - 1L);
    if (first.isBefore(oldest)) {
      throw ApiProblemException.badParameter(
          "from must be within the 90 days WB keeps: " + oldest + " or later");
    }
    if (last.isAfter(today)) {
      throw ApiProblemException.badParameter("to must not be after today (" + today + ", Moscow)");
    }
    try {
      return new Period(first, last);
    } catch (IllegalArgumentException wrong) {
      throw ApiProblemException.badParameter(wrong.getMessage());
    }
  }

  private static LocalDate day(String name, String text) {
    if (text == null || text.isBlank()) {
      throw ApiProblemException.badParameter(name + " is needed: a day as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException wrong) {
      throw ApiProblemException.badParameter(
          name + " must be a day as YYYY-MM-DD, e.g. 2026-12-01");
    }
  }
}
