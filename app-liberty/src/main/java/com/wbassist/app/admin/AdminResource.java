package com.wbassist.app.admin;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.app.security.Roles;
import com.wbassist.app.wiring.BackgroundSyncRequests;
import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.application.port.in.CabinetStanding;
import com.wbassist.application.port.in.ForgetCabinet;
import com.wbassist.application.port.in.ForgetOutcome;
import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What operations need: the cabinets with their status, last sync and last error, their sellers, a
 * pass's progress, "sync now", "stop that sync" and "forget this cabinet". Operators only (role
 * {@link Roles#ADMIN}: docs/decisions/0603-admin-security.md); described in the OpenAPI document
 * ({@code /openapi}).
 */
@Path("api/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  /** Entries of each kind the set-aside list shows, newest first. */
  private static final int SET_ASIDE_SHOWN = 100;

  @Inject CabinetStore cabinets;
  @Inject SellerStore sellers;
  @Inject SyncRunLog runs;
  @Inject PersistenceAdapters storage;
  @Inject BackgroundSyncRequests sync;
  @Inject EffectiveSettings effective;
  @Inject DeliveryQueue deliveries;
  @Inject DispatchNudge dispatch;
  @Inject ForgetCabinet forgetting;
  @Inject Clock clock;
  @Inject SetAsideRows setAsideRows;
  @Inject OperationsOverview operations;

  /**
   * What this server really runs with, one entry per setting of README.md's table (secrets as
   * {@code set}/{@code unset}).
   */
  @GET
  @Path("settings")
  public String settings() {
    return effective.describe().toString();
  }

  /**
   * What was set aside instead of stalling work or being dropped in silence, newest first (at most
   * 100 of each kind): outbox events that no longer read ({@code OUTBOX_EVENT}, not sent), rows WB
   * sent that could not be read ({@code ORDER_ROW}, {@code SALE_ROW}, {@code STOCK_ROW}, {@code
   * FEEDBACK_ROW}, {@code CARD_ROW}: the rest of their page was stored) and chat updates the bot
   * gave up on or could no longer open ({@code CHAT_UPDATE}). The shape of each entry is in
   * docs/operations.md.
   */
  @GET
  @Path("set-aside")
  public String setAside() {
    return SetAsideList.json(
            storage.setAsideEvents(SET_ASIDE_SHOWN), setAsideRows.newest(SET_ASIDE_SHOWN))
        .toString();
  }

  /**
   * Every cabinet with its status, last sync and error, token expiry, members ({@code sellers}),
   * when its next pass is due ({@code nextSyncAt}, empty while it waits for a token) and how late
   * that is ({@code lagSeconds}).
   */
  @GET
  @Path("cabinets")
  public String cabinets() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (CabinetStanding standing : operations.cabinets()) {
      list.add(
          describe(standing.cabinet())
              .add("sellers", standing.members())
              .add("nextSyncAt", text(standing.nextSyncAt()))
              .add("lagSeconds", standing.lag().toSeconds()));
    }
    return list.build().toString();
  }

  @GET
  @Path("cabinets/{sid}")
  public Response cabinet(@PathParam("sid") String sid) {
    Optional<Cabinet> cabinet = cabinets.find(new CabinetId(sid));
    if (cabinet.isEmpty()) {
      return notFound(sid);
    }
    JsonArrayBuilder linked = Json.createArrayBuilder();
    for (Seller seller : sellers.linkedTo(cabinet.get().id())) {
      JsonArrayBuilder muted = Json.createArrayBuilder();
      for (EventType type : EventType.values()) {
        if (!seller.settings().isOn(type)) {
          muted.add(type.name());
        }
      }
      linked.add(
          Json.createObjectBuilder()
              .add("telegramId", seller.telegramId())
              .add("state", seller.state().name())
              .add("active", seller.active())
              .add("notifications", seller.settings().enabled())
              .add("muted", muted)
              .add(
                  "dailySummary",
                  seller.settings().dailySummary().on()
                      ? seller.settings().dailySummary().at().toString()
                      : "off")
              .add("joinedAt", text(seller.joinedAt())));
    }
    JsonObjectBuilder json = describe(cabinet.get()).add("sellers", linked);
    runs.currentProgress(cabinet.get().id()).ifPresent(p -> json.add("progress", progress(p)));
    return Response.ok(json.build().toString()).build();
  }

  /**
   * The cabinet's newest notifications and how each delivery went ({@code ?limit=}, default 50).
   */
  @GET
  @Path("cabinets/{sid}/notifications")
  public String notifications(
      @PathParam("sid") String sid,
      @jakarta.ws.rs.QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (var delivery : storage.recentDeliveries(new CabinetId(sid), limit)) {
      list.add(
          Json.createObjectBuilder()
              .add("deliveryId", delivery.deliveryId())
              .add("type", delivery.type())
              .add("key", delivery.key())
              .add("telegramId", delivery.telegramId())
              .add("status", delivery.status())
              .add("attempts", delivery.attempts())
              .add("lastError", delivery.lastError())
              .add("telegramMessageId", delivery.telegramMessageId())
              .add("detectedAt", text(delivery.detectedAt()))
              .add("finishedAt", text(delivery.finishedAt())));
    }
    return list.build().toString();
  }

  /** Starts a pass now, in the background (202); the lease keeps it from running beside another. */
  @POST
  @Path("cabinets/{sid}/sync")
  public Response syncNow(@PathParam("sid") String sid) {
    CabinetId id = new CabinetId(sid);
    if (cabinets.find(id).isEmpty()) {
      return notFound(sid);
    }
    sync.syncSoon(id);
    return Response.accepted(
            Json.createObjectBuilder().add("sid", sid).add("sync", "started").build().toString())
        .build();
  }

  @GET
  @Path("cabinets/{sid}/progress")
  public Response progress(@PathParam("sid") String sid) {
    return runs.currentProgress(new CabinetId(sid))
        .map(p -> Response.ok(progress(p).build().toString()).build())
        .orElseGet(
            () ->
                Response.status(404)
                    .entity(
                        Json.createObjectBuilder()
                            .add("detail", "no sync of " + sid + " is running")
                            .build()
                            .toString())
                    .build());
  }

  /**
   * Asks the running pass to stop between pages; what it stored stays, the next pass resumes from
   * there.
   */
  /**
   * Puts the cabinet's given-up notifications back in the queue (once the cause — a long Telegram
   * outage, a bot token that was wrong — is fixed) and dispatches at once.
   */
  @POST
  @Path("cabinets/{sid}/deliveries/requeue")
  public Response requeueFailed(@PathParam("sid") String sid) {
    CabinetId id = new CabinetId(sid);
    if (cabinets.find(id).isEmpty()) {
      return notFound(sid);
    }
    int requeued = deliveries.requeueFailed(id, clock.instant());
    dispatch.dispatchSoon();
    return Response.ok(
            Json.createObjectBuilder().add("sid", sid).add("requeued", requeued).build().toString())
        .build();
  }

  /**
   * Erases the cabinet for good — its rows, events, deliveries, runs — and answers what went. A
   * cabinet sellers still watch is refused (409) unless {@code ?withSellers=true}: then they are
   * forgotten too. A cabinet a sync pass holds is refused (409) until the pass ends.
   */
  @DELETE
  @Path("cabinets/{sid}")
  public Response forget(
      @PathParam("sid") String sid,
      @QueryParam("withSellers") @DefaultValue("false") boolean withSellers) {
    ForgetOutcome outcome = forgetting.forget(new CabinetId(sid), withSellers);
    if (outcome instanceof ForgetOutcome.Erased erased) {
      JsonObjectBuilder rows = Json.createObjectBuilder();
      erased.rows().sorted().forEach(rows::add);
      return Response.ok(
              Json.createObjectBuilder().add("sid", sid).add("erased", rows).build().toString())
          .build();
    }
    if (outcome instanceof ForgetOutcome.SellersStillLinked linked) {
      return conflict(
          sid,
          linked.telegramIds().size()
              + " seller(s) still watch "
              + sid
              + "; add ?withSellers=true to forget them too");
    }
    if (outcome instanceof ForgetOutcome.Syncing) {
      return conflict(
          sid,
          "a sync of " + sid + " is running; stop it (POST …/sync/cancel) or wait, then retry");
    }
    return notFound(sid);
  }

  @POST
  @Path("cabinets/{sid}/sync/cancel")
  public String cancel(@PathParam("sid") String sid) {
    int asked = storage.requestSyncCancel(new CabinetId(sid));
    return Json.createObjectBuilder()
        .add("sid", sid)
        .add("runsAskedToStop", asked)
        .build()
        .toString();
  }

  private static JsonObjectBuilder describe(Cabinet cabinet) {
    return Json.createObjectBuilder()
        .add("sid", cabinet.id().sid())
        .add("shopName", cabinet.shopName())
        .add("status", cabinet.status().name())
        .add("createdAt", text(cabinet.createdAt()))
        .add("primarySyncedAt", text(cabinet.primarySyncedAt()))
        .add("lastSyncAt", text(cabinet.lastSyncAt()))
        .add("lastError", cabinet.lastError() == null ? "" : cabinet.lastError())
        .add("tokenExpiresAt", text(cabinet.tokenExpiresAt()));
  }

  private static JsonObjectBuilder progress(SyncProgress progress) {
    return Json.createObjectBuilder()
        .add("percent", progress.percent())
        .add("stream", progress.current() == null ? "" : progress.current().name())
        .add("rows", progress.rowsSoFar());
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  private static Response conflict(String sid, String detail) {
    return Response.status(409)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("sid", sid).add("detail", detail).build().toString())
        .build();
  }

  private static Response notFound(String sid) {
    return Response.status(404)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("detail", "no cabinet " + sid).build().toString())
        .build();
  }
}
