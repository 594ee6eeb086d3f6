package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.app.web.sse.SseStreams;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shop's background tasks: listed, read, cancelled, and followed live over Server-Sent Events.
 * Another shop's task is answered 404, like one that never was.
 */
@Path("api/v1/tasks")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "Background tasks and their live progress")
@SecurityRequirement(name = "apiKey")
@APIResponse(
    responseCode = "404",
    description = "No such task of this key's shop",
    content = @Content(mediaType = Problems.MEDIA_TYPE))
public class TasksResource {
  @Inject SellerTasks tasks;
  @Context HttpServletRequest request;
  @Inject SseStreams streams;

  @GET
  @Operation(
      summary =
          "The shop's tasks, newest first (at most 100), of one state when asked: its reports,"
              + " re-syncs and its primary sync (kind REPORT, RESYNC, PRIMARY_SYNC)")
  public List<TaskJson> list(
      @Parameter(description = "QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED or INTERRUPTED")
          @QueryParam("state")
          String state) {
    return tasks.tasks(caller(), state(state)).stream().map(t -> TaskJson.of(t)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One task: its state and progress")
  public TaskJson task(@PathParam("id") String id) {
    return TaskJson.of(find(caller(), id));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(
      summary =
          "Asks to stop a task: a queued one is cancelled at once, a running one stops within a"
              + " second or so, a finished one stays as it is. A running primary sync stops"
              + " before its next stream, as an operator's cancel stops it, and goes on from its"
              + " cursors at the shop's next sync")
  public TaskJson cancel(@PathParam("id") String id) {
    TaskId task = id(id);
    return TaskJson.of(tasks.cancel(caller(), task).orElseThrow(TasksResource::unknown));
  }

  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Follows a task live: an event 'task' (the task as JSON, its id the task's sequence) at"
              + " every change, a comment every 15 s to keep the line open, and the stream ends"
              + " after the final state. A client reconnecting with Last-Event-ID gets only what is"
              + " newer.")
  @APIResponse(responseCode = "200", description = "text/event-stream")
  public void events(
      @PathParam("id") String id,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    ApiCaller caller = caller();
    BackgroundTask task = find(caller, id);
    streams.follow(new TaskFollower(tasks, caller, task.id(), sink, sse, seen(lastEventId)));
  }

  private BackgroundTask find(ApiCaller caller, String id) {
    return tasks.task(caller, id(id)).orElseThrow(TasksResource::unknown);
  }

  private ApiCaller caller() {
    return SellerApiCaller.of(request);
  }

  private static TaskId id(String text) {
    return TaskId.parse(text).orElseThrow(TasksResource::unknown);
  }

  private static ApiProblemException unknown() {
    return ApiProblemException.notFound("no task of this key's shop has this id");
  }

  private static long seen(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(lastEventId.strip());
    } catch (NumberFormatException notOurs) {
      return 0; // not an id we gave: send the task as it is
    }
  }

  private static Optional<TaskState> state(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TaskState.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      throw ApiProblemException.badParameter(
          "state must be one of QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED");
    }
  }
}
