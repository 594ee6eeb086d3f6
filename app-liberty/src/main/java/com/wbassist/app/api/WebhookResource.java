package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.application.port.in.ManageWebhooks;
import com.wbassist.application.port.in.ManageWebhooks.Change;
import com.wbassist.application.port.in.ManageWebhooks.WebhookRefusedException;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.domain.apikey.ApiCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cabinet's webhook subscriptions (docs/api.md, Webhooks): each event of the chosen types is
 * POSTed to the URL, signed with the subscription's secret. Always the API key's cabinet's: an id
 * of another cabinet's subscription is not found (404). Errors are {@code
 * application/problem+json}.
 */
@Path("api/v1/webhooks")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks", description = "Signed events POSTed to the seller's own systems")
@SecurityRequirement(name = "apiKey")
@APIResponse(
    responseCode = "404",
    description = "No such subscription or delivery of the key's cabinet",
    content = @Content(mediaType = Problems.MEDIA_TYPE))
public class WebhookResource {
  private static final int DEFAULT_PAGE = 20;

  @Inject ManageWebhooks webhooks;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The cabinet's subscriptions (secrets are never shown again)")
  public List<WebhookJson> list() {
    return webhooks.list(caller()).stream().map(WebhookJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subscribes a URL to event types; the answer shows the secret, this once")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "orders and failed syncs",
                      value =
                          "{\"url\":\"https://crm.example.com/hooks/wb\","
                              + "\"types\":[\"NEW_ORDER\",\"ORDER_CANCELLED\",\"SYNC_FAILED\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Subscribed; the secret is shown this once",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":12,\"url\":\"https://crm.example.com/hooks/wb\","
                              + "\"types\":[\"NEW_ORDER\",\"ORDER_CANCELLED\",\"SYNC_FAILED\"],"
                              + "\"active\":true,\"createdAt\":\"2026-12-02T12:00:00+03:00\","
                              + "\"secret\":\"whsec_q3Jb…\"}")))
  @APIResponse(
      responseCode = "400",
      description = "A URL that may not be used (http, a private address…) or an unknown type",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "http in production",
                      value =
                          "{\"type\":\"https://wb-assist.example/problems/bad-parameter\","
                              + "\"title\":\"A parameter is not valid\",\"status\":400,"
                              + "\"detail\":\"url must be https\"}")))
  public Response create(String body) {
    JsonObject json = object(body);
    ManageWebhooks.Created created =
        refusedAsProblem(
            () ->
                webhooks.create(
                    caller(), text(json, "url").orElse(null), types(json).orElse(Set.of())));
    return Response.status(Response.Status.CREATED)
        .entity(WebhookJson.of(created.subscription(), created.secret()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One subscription")
  public WebhookJson find(@PathParam("id") long id) {
    return WebhookJson.of(webhooks.find(caller(), id).orElseThrow(WebhookResource::noSuch));
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Changes the URL, the types, or turns it off or on again (a paused one resumes with a"
              + " fresh day of retries)")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "on again", value = "{\"active\":true}")))
  public WebhookJson change(@PathParam("id") long id, String body) {
    JsonObject json = object(body);
    Optional<Boolean> active =
        json.containsKey("active") ? Optional.of(bool(json, "active")) : Optional.empty();
    Change change = new Change(text(json, "url"), types(json), active);
    return WebhookJson.of(
        refusedAsProblem(() -> webhooks.change(caller(), id, change))
            .orElseThrow(WebhookResource::noSuch));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes the subscription and its delivery history")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    if (!webhooks.delete(caller(), id)) {
      throw noSuch();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "The subscription's deliveries, newest first")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "one failed attempt",
                      value =
                          "{\"items\":[{\"id\":345,\"eventType\":\"NEW_ORDER\",\"eventId\":\"evt_9812\","
                              + "\"status\":\"PENDING\",\"attempts\":1,\"responseCode\":503,"
                              + "\"response\":\"Service Unavailable\","
                              + "\"createdAt\":\"2026-12-02T12:00:01+03:00\","
                              + "\"lastAttemptAt\":\"2026-12-02T12:00:02+03:00\","
                              + "\"nextAttemptAt\":\"2026-12-02T12:00:25+03:00\"}],\"next\":null}")))
  public PageJson<WebhookDeliveryJson> deliveries(
      @PathParam("id") long id,
      @QueryParam("before") Long before,
      @QueryParam("limit") Integer limit) {
    int size = limit == null ? DEFAULT_PAGE : limit;
    List<WebhookDelivery> page =
        refusedAsProblem(
                () ->
                    webhooks.deliveries(
                        caller(),
                        id,
                        before == null ? OptionalLong.empty() : OptionalLong.of(before),
                        size))
            .orElseThrow(WebhookResource::noSuch);
    String next =
        page.size() == size && !page.isEmpty()
            ? Long.toString(page.get(page.size() - 1).id())
            : null;
    return new PageJson<>(page.stream().map(WebhookDeliveryJson::of).toList(), next);
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  @Operation(
      summary =
          "Sends a delivery again soon, under the same delivery id, with a fresh day of retries")
  @APIResponse(responseCode = "202", description = "Queued")
  public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    WebhookDelivery queued =
        webhooks.redeliver(caller(), id, deliveryId).orElseThrow(WebhookResource::noSuch);
    return Response.accepted(WebhookDeliveryJson.of(queued)).build();
  }

  @POST
  @Path("{id}/ping")
  @Operation(summary = "Sends a signed PING event to the subscription soon")
  @APIResponse(responseCode = "202", description = "Queued")
  public Response ping(@PathParam("id") long id) {
    WebhookDelivery queued = webhooks.ping(caller(), id).orElseThrow(WebhookResource::noSuch);
    return Response.accepted(WebhookDeliveryJson.of(queued)).build();
  }

  private ApiCaller caller() {
    return SellerApiCaller.of(request);
  }

  private static ApiProblemException noSuch() {
    return ApiProblemException.notFound("no such webhook subscription or delivery of this cabinet");
  }

  private static <T> T refusedAsProblem(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (WebhookRefusedException refused) {
      throw ApiProblemException.badParameter(refused.getMessage());
    }
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw ApiProblemException.badParameter("a JSON object is required");
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      throw ApiProblemException.badParameter("the body is not a JSON object");
    }
  }

  private static Optional<String> text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    throw ApiProblemException.badParameter(name + " must be a string");
  }

  private static boolean bool(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw ApiProblemException.badParameter(name + " must be true or false");
  }

  private static Optional<Set<String>> types(JsonObject json) {
    JsonValue value = json.get("types");
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonArray array)) {
      throw ApiProblemException.badParameter("types must be an array of event type names");
    }
    Set<String> types = new LinkedHashSet<>();
    for (JsonValue type : array) {
      if (!(type instanceof JsonString name)) {
        throw ApiProblemException.badParameter("types must be an array of event type names");
      }
      types.add(name.getString());
    }
    return Optional.of(types);
  }
}
