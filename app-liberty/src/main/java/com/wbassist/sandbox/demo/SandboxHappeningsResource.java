package com.wbassist.sandbox.demo;

import com.wbassist.sandbox.SandboxProblems;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page's shop panel: {@code {"kind": "order"}} makes one thing happen in a demo shop now — a
 * new order, a cancellation, a buyout, a return, a 1–3-star review, stock running out. WB holds it
 * at once; the next sync of the cabinet finds it and the bot tells the chats.
 */
@Path("api/sandbox/demo/{sid}/happenings")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxHappeningsResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed).
  @Inject Instance<DemoShops> demo;

  /** → {@code {"sid", "kind", "happened": "новый заказ: Платья DRESS-01, размер M"}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response happen(@PathParam("sid") String sid, JsonObject request) {
    if (request == null || !request.containsKey("kind")) {
      return SandboxProblems.badRequest(
          "say what happens: {\"kind\": \"order\"} (order, cancellation, buyout, return,"
              + " bad-review, stock-out)");
    }
    DemoHappening kind;
    try {
      JsonValue value = request.get("kind");
      kind =
          DemoHappening.of(value instanceof JsonString text ? text.getString() : value.toString());
    } catch (IllegalArgumentException unknown) {
      return SandboxProblems.badRequest(unknown.getMessage());
    }
    return demo.get()
        .happen(sid, kind)
        .map(
            happened ->
                Response.ok(
                        Json.createObjectBuilder()
                            .add("sid", sid)
                            .add("kind", kind.wireName())
                            .add("happened", happened)
                            .build()
                            .toString())
                    .build())
        .orElseGet(
            () ->
                SandboxProblems.notFound(
                    "no demo shop " + sid + "; open one with POST /api/sandbox/demo"));
  }
}
