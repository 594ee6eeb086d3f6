package com.wbassist.adapter.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * {@code POST /telegram/webhook} (under the application's {@code @ApplicationPath}): where Telegram
 * delivers updates. 401 for a wrong or missing secret, 413 for a body over 1 MiB, 503 when the
 * update could not be stored, 200 for everything else — as soon as the update is stored, before it
 * is handled. The body comes in as a stream, not a {@code String}: JAX-RS would read a {@code
 * String} whole before this method runs, and the secret must be checked first.
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
  public Response receive(
      @HeaderParam(SECRET_HEADER) String secret,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body) {
    return switch (webhook.receive(secret, declared(contentLength), body)) {
      case UNAUTHORIZED -> Response.status(Response.Status.UNAUTHORIZED).build();
      case TOO_LARGE -> Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
      case NOT_STORED ->
          Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5").build();
      case ACCEPTED, DUPLICATE, IGNORED -> Response.ok().build();
    };
  }

  /** A length that is missing or not a number leaves the limit to the read. */
  private static OptionalLong declared(String contentLength) {
    try {
      return contentLength == null
          ? OptionalLong.empty()
          : OptionalLong.of(Long.parseLong(contentLength.strip()));
    } catch (NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
  }
}
