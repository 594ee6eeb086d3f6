package com.wbassist.sandbox.replay;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.application.port.in.DispatchNotifications;
import com.wbassist.application.port.in.SyncCabinetNow;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.sandbox.SandboxClock;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/sandbox/replay}: runs a WB replay scenario through the real chain and answers
 * the notifications the Telegram stand-in accepted: {@code {"scenario", "notifications":
 * [{"round","chatId","type","key","text"}]}}.
 */
@Path("api/sandbox/replay")
public class ReplayResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed), and
  // Liberty still validates the injection points of every JAX-RS class in the WAR.
  @Inject Instance<WbSandbox> wb;
  @Inject Instance<TelegramStandIn> telegram;
  @Inject Instance<SandboxClock> clock;
  @Inject Instance<CompletedUpdates> completed;
  @Inject SyncCabinetNow sync;
  @Inject CabinetStore cabinets;
  @Inject DispatchNotifications dispatch;
  @Inject Instance<DeliveryJournal> journal;
  @Inject PersistenceAdapters storage;
  @Inject ProductSettings settings;
  @Inject Instance<ReplayGate> gate;

  @Inject
  @ConfigProperty(name = "telegram.webhook-secret")
  Provider<String> webhookSecret;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response replay(String body, @Context UriInfo uri) {
    Scenario scenario;
    try {
      scenario =
          Scenario.read(Json.createReader(new StringReader(body == null ? "" : body)).readObject());
    } catch (JsonException | InvalidScenarioException bad) {
      return problem(400, "not a replay scenario: " + bad.getMessage());
    }
    if (!gate.get().close()) {
      return problem(
          409,
          "another replay, or background sync work, kept the server busy for a minute; try again shortly");
    }
    try {
      ChatDriver chat =
          new LocalWebhookDriver(
              uri.getBaseUriBuilder().path("telegram/webhook").build(),
              webhookSecret.get(),
              completed.get());
      ScenarioReplayer replayer =
          new ScenarioReplayer(
              wb.get(),
              telegram.get(),
              clock.get(),
              chat,
              sync,
              cabinets,
              dispatch,
              journal.get(),
              (sid, chats) -> {
                storage.forget(new CabinetId(sid), chats);
                // A replay moves the application's clock to the scenario's days; a dispatching
                // turn an earlier run took at the real time would hold for weeks of scenario time.
                // No background work runs during a replay (the gate), so nobody holds it now.
                storage.freeDispatchTurn();
              },
              settings::statisticsPageLimit,
              settings.configuredPageLimit());
      List<ReplayedNotification> sent = replayer.replay(scenario);
      JsonArrayBuilder notifications = Json.createArrayBuilder();
      sent.forEach(
          n ->
              notifications.add(
                  Json.createObjectBuilder()
                      .add("round", n.round())
                      .add("chatId", n.chatId())
                      .add("type", n.type())
                      .add("key", n.key())
                      .add("text", n.text())));
      return Response.ok(
              Json.createObjectBuilder()
                  .add("scenario", scenario.name())
                  .add("notifications", notifications)
                  .build()
                  .toString())
          .build();
    } catch (InvalidScenarioException bad) {
      return problem(400, bad.getMessage());
    } catch (IllegalStateException failed) {
      return problem(500, "the replay stopped: " + failed.getMessage());
    } finally {
      gate.get().reopen();
    }
  }

  private static Response problem(int status, String detail) {
    JsonObject body =
        Json.createObjectBuilder().add("status", status).add("detail", detail).build();
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.toString()).build();
  }
}
