package com.wbassist.sandbox;

import com.wbassist.app.wiring.BackgroundSyncRequests;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "Sync now" for a sandbox shop, so a newcomer sees a notification without waiting {@code
 * SYNC_INTERVAL} (three minutes by default): the same background request as the operators' {@code
 * POST /api/admin/cabinets/{sid}/sync} — the pass runs through the product's own sync use case and
 * nudges dispatch when it ends; the cabinet's lease keeps it from running beside another pass.
 */
@Path("api/sandbox/shops/{sid}/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxSyncNowResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed).
  @Inject Instance<WbSandbox> wb;
  @Inject Instance<CabinetStore> cabinets;
  @Inject Instance<BackgroundSyncRequests> sync;

  /**
   * 202 {@code {"sid", "sync": "started"}}; 404 for no such shop, 409 before its token is pasted.
   */
  @POST
  public Response syncNow(@PathParam("sid") String sid) {
    if (wb.get().shop(sid).isEmpty()) {
      return SandboxProblems.notFound("no sandbox shop " + sid);
    }
    CabinetId cabinet = new CabinetId(sid);
    if (cabinets.get().find(cabinet).isEmpty()) {
      return SandboxProblems.conflict(
          "shop " + sid + " is not connected to the bot yet: paste its token into a chat first");
    }
    sync.get().syncSoon(cabinet);
    return Response.accepted(
            Json.createObjectBuilder().add("sid", sid).add("sync", "started").build().toString())
        .build();
  }
}
