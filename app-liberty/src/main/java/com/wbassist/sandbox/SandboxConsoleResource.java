package com.wbassist.sandbox;

import com.wbassist.sandbox.chat.ChatJson;
import com.wbassist.sandbox.demo.DemoShops;
import com.wbassist.sandbox.demo.DemoSize;
import com.wbassist.sandbox.replay.CompletedUpdates;
import com.wbassist.sandbox.replay.LocalWebhookDriver;
import com.wbassist.sandbox.replay.TelegramUpdates;
import com.wbassist.sandbox.telegram.StandInMessage;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import com.wbassist.sandbox.wb.SandboxShop;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox by hand: open a WB shop and get its token, set what WB holds, and talk to the bot as
 * a seller — each message goes through the bot's real webhook, and the answer is the chat as the
 * Telegram stand-in saw it.
 */
@Path("api/sandbox")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxConsoleResource {
  private static final AtomicLong UPDATE_IDS =
      new AtomicLong(System.currentTimeMillis() * 1000 + 500_000_000L);

  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;
  @Inject Instance<TelegramStandIn> telegram;
  @Inject Instance<CompletedUpdates> completed;
  @Inject Instance<SandboxClock> clock;
  @Inject Instance<DemoShops> demo;

  @Inject
  @ConfigProperty(name = "telegram.webhook-secret")
  Provider<String> webhookSecret;

  /**
   * {@code {"name": "ИП Тестов", "tradeMark": "Лето", "sid": optional}} → {@code {"sid", "token"}}.
   */
  @POST
  @Path("shops")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response openShop(JsonObject request) {
    JsonObject body = request == null ? JsonValue.EMPTY_JSON_OBJECT : request;
    String sid = body.getString("sid", UUID.randomUUID().toString());
    String token =
        wb.get()
            .openShop(sid, body.getString("name", "ИП Песочница"), body.getString("tradeMark", ""));
    return Response.ok(
            Json.createObjectBuilder().add("sid", sid).add("token", token).build().toString())
        .build();
  }

  /**
   * A demo shop that lives by itself (new orders, buyouts, returns, reviews, stock) → {@code
   * {"sid", "token", "size"}}. {@code {"size": "large"}} opens one with thousands of orders over
   * the primary window, served in small, slow pages, so its primary sync takes tens of seconds.
   */
  @POST
  @Path("demo")
  @Consumes(MediaType.WILDCARD)
  public Response demo(String request) {
    DemoSize size;
    try {
      size = DemoSize.of(request);
    } catch (IllegalArgumentException bad) {
      return SandboxProblems.badRequest(bad.getMessage());
    }
    DemoShops.Opened shop = demo.get().open(size);
    return Response.ok(
            Json.createObjectBuilder()
                .add("sid", shop.sid())
                .add("token", shop.token())
                .add("size", size.name().toLowerCase(java.util.Locale.ROOT))
                .build()
                .toString())
        .build();
  }

  /** Replaces what WB holds for the shop (the scenario format's {@code wb} object). */
  @PUT
  @Path("shops/{sid}/wb")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response holds(@PathParam("sid") String sid, JsonObject state) {
    SandboxShop shop = wb.get().shop(sid).orElse(null);
    if (shop == null) {
      return SandboxProblems.notFound("no sandbox shop " + sid);
    }
    shop.holds(state);
    return Response.noContent().build();
  }

  /**
   * {@code {"text": "/start"}}: writes to the bot as the seller, waits for the bot, and shows the
   * chat.
   */
  @POST
  @Path("chats/{telegramId}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(
      @PathParam("telegramId") long telegramId, JsonObject request, @Context UriInfo uri) {
    String text = request == null ? "" : request.getString("text", "");
    if (text.isBlank()) {
      return SandboxProblems.badRequest("a message needs a text: {\"text\": \"/start\"}");
    }
    // The message is in the chat first, with the id Telegram would give it: the bot deletes a
    // pasted token by that id.
    StandInMessage written = telegram.get().chats().sellerWrote(telegramId, text);
    long updateId = UPDATE_IDS.incrementAndGet();
    JsonObject update =
        TelegramUpdates.text(
            updateId,
            telegramId,
            written.messageId(),
            text,
            clock.get().instant().getEpochSecond());
    driver(uri).deliver(updateId, update);
    return chat(telegramId, uri);
  }

  /**
   * {@code {"messageId": 1003, "data": "set:NEW_ORDER"}}: presses a button under one of the bot's
   * messages.
   */
  @POST
  @Path("chats/{telegramId}/buttons")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response press(
      @PathParam("telegramId") long telegramId, JsonObject request, @Context UriInfo uri) {
    if (request == null
        || request.getJsonNumber("messageId") == null
        || request.getString("data", "").isEmpty()) {
      return SandboxProblems.badRequest(
          "a press names the message and the button's data: {\"messageId\": 1003, \"data\":"
              + " \"set:NEW_ORDER\"}");
    }
    long updateId = UPDATE_IDS.incrementAndGet();
    JsonObject update =
        TelegramUpdates.press(
            updateId,
            telegramId,
            request.getJsonNumber("messageId").longValue(),
            request.getString("data"),
            clock.get().instant().getEpochSecond());
    driver(uri).deliver(updateId, update);
    return chat(telegramId, uri);
  }

  /**
   * The chat as the stand-in saw it: every message the bot sent there, edits applied ({@code
   * messages}), what the seller wrote ({@code written}), and the number of its last change ({@code
   * lastChange}: follow it live from there, {@code GET …/events?after=}).
   */
  @GET
  @Path("chats/{telegramId}")
  public Response chat(@PathParam("telegramId") long telegramId, @Context UriInfo uri) {
    JsonObject chat = ChatJson.at(uri).chat(telegramId, telegram.get().chats().view(telegramId));
    return Response.ok(chat.toString()).build();
  }

  /** Makes Telegram answer 403 for the chat, as if the seller blocked the bot. */
  @POST
  @Path("chats/{telegramId}/block")
  public Response block(@PathParam("telegramId") long telegramId) {
    telegram.get().block(telegramId);
    return Response.noContent().build();
  }

  private LocalWebhookDriver driver(UriInfo uri) {
    return new LocalWebhookDriver(
        uri.getBaseUriBuilder().path("telegram/webhook").build(),
        webhookSecret.get(),
        completed.get());
  }
}
