package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.application.port.in.TooManyReportsException;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.TaskId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
 * Reports of a shop's orders, buyouts and returns, made as background tasks: asked for here,
 * followed at {@code /api/v1/tasks/{id}} (or live at {@code …/events}), downloaded here with the
 * same key for 24 hours.
 */
@Path("api/v1/reports")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Orders, buyouts and returns of a period as XLSX or CSV")
@SecurityRequirement(name = "apiKey")
public class ReportsResource {
  private static final int DEFAULT_DAYS = 7;

  @Inject SellerTasks tasks;
  @Inject Clock clock;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Asks for a report of the period; it is made in the background")
  @APIResponse(
      responseCode = "202",
      description = "Queued; Location is the task to follow",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "queued",
                      value =
                          "{\"id\":\"3f2a…\",\"kind\":\"REPORT\",\"state\":\"QUEUED\",\"percent\":0,"
                              + "\"rows\":0,\"stage\":\"queued\",\"sequence\":1,"
                              + "\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"format\":\"XLSX\"}")))
  @APIResponse(
      responseCode = "400",
      description = "The period or format is not one a report can have",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "The shop has 5 reports queued or being made already",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  public Response requestReport(ReportRequestJson body) {
    ApiCaller caller = SellerApiCaller.of(request);
    ReportRequestJson asked = body == null ? new ReportRequestJson() : body;
    ReportFormat format =
        asked.format == null || asked.format.isBlank()
            ? ReportFormat.XLSX
            : ReportFormat.parse(asked.format)
                .orElseThrow(() -> ApiProblemException.badParameter("format must be XLSX or CSV"));
    Period period = period(asked.from, asked.to);
    BackgroundTask task;
    try {
      task = tasks.requestReport(caller, period, format);
    } catch (TooManyReportsException busy) {
      throw new ApiProblemException(
          "too-many-reports", "Too many reports under way", 429, busy.getMessage());
    }
    return Response.accepted(TaskJson.of(task))
        .location(URI.create("/api/v1/tasks/" + task.id().value()))
        .build();
  }

  @GET
  @Path("{id}/file")
  @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
  @Operation(summary = "Downloads a finished report, for 24 hours after it was made")
  @APIResponse(responseCode = "200", description = "The file, streamed")
  @APIResponse(
      responseCode = "404",
      description = "No such report of this key's shop, not finished yet, or expired",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  public Response file(@PathParam("id") String id) {
    ApiCaller caller = SellerApiCaller.of(request);
    TaskId task = TaskId.parse(id).orElseThrow(() -> noFile());
    StoredReportFile file = tasks.file(caller, task).orElseThrow(ReportsResource::noFile);
    StreamingOutput body = out -> tasks.download(file, out);
    return Response.ok(body, file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("Content-Length", file.size())
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private static ApiProblemException noFile() {
    return ApiProblemException.notFound(
        "no report file of this key's shop with this id: not made yet, expired, or never asked for");
  }

  private Period period(String from, String to) {
    Period recent = Period.lastDays(DEFAULT_DAYS, clock);
    LocalDate last = to == null || to.isBlank() ? recent.last() : day("to", to);
    LocalDate first =
        from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
    LocalDate oldest = recent.last().minusDays(Period.LONGEST_DAYS - 1L);
    if (first.isBefore(oldest)) {
      // WB keeps 90 days: an older day would come out empty, not missing.
      throw ApiProblemException.badParameter(
          "from must be within the 90 days WB keeps: " + oldest + " or later");
    }
    try {
      return new Period(first, last);
    } catch (IllegalArgumentException wrong) {
      throw ApiProblemException.badParameter(wrong.getMessage());
    }
  }

  private static LocalDate day(String name, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException wrong) {
      throw ApiProblemException.badParameter(
          name + " must be a day as YYYY-MM-DD, e.g. 2026-12-01");
    }
  }
}
