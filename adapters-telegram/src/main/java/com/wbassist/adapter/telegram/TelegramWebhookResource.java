package com.wbassist.adapter.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /telegram/webhook} (under the application's {@code @ApplicationPath}): where Telegram
 * delivers updates. 401 for a wrong or missing secret, 503 when the server cannot take work, 200
 * for everything else — at once, before the update is handled.
 */
@Path(TelegramWebhookResource.PATH)
@ApplicationScoped
public class TelegramWebhookResource {
  public static final String PATH = "telegram/webhook";
  public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private TelegramWebhook webhook;

  /** For CDI. */
  protected TelegramWebhookResource() {}

  @Inject
  public TelegramWebhookResource(TelegramWebhook webhook) {
    this.webhook = webhook;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response receive(@HeaderParam(SECRET_HEADER) String secret, String body) {
    return switch (webhook.receive(secret, body)) {
      case UNAUTHORIZED -> Response.status(Response.Status.UNAUTHORIZED).build();
      case BUSY ->
          Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5").build();
      case ACCEPTED, DUPLICATE, IGNORED -> Response.ok().build();
    };
  }
}
