package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.UpdateTranslator.Translation;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * What happens to one webhook POST, apart from HTTP: the secret is checked — before a byte of the
 * body is read, so a caller without it costs us nothing — then the body read up to {@link
 * WebhookBody#MAX_BYTES}, the update parsed and translated, and handed to the conversation on the
 * executor, so Telegram gets its answer at once. An update that is not ours, or not an update at
 * all, is logged and acknowledged: answering Telegram with an error only makes it send the same
 * thing again. Message texts are never logged — one of them may be a seller's WB token.
 */
public final class TelegramWebhook {
  private static final Logger LOG = System.getLogger(TelegramWebhook.class.getName());
  private static final int RECENT_UPDATES = 10_000;

  /** What became of a POST. */
  public enum Outcome {
    /** Handed to the conversation. */
    ACCEPTED,
    /** Taken before (Telegram retried it). */
    DUPLICATE,
    /** Not something the bot acts on, or not parseable: acknowledged and dropped. */
    IGNORED,
    /** Wrong or missing secret: nothing was read. */
    UNAUTHORIZED,
    /** A body over {@link WebhookBody#MAX_BYTES}: refused, not read past the limit. */
    TOO_LARGE,
    /** The executor takes no more work: Telegram should try again later. */
    BUSY
  }

  private final WebhookSecret secret;
  private final HandleChatUpdate conversation;
  private final SellerQueues queues;
  private final RecentUpdates recent = new RecentUpdates(RECENT_UPDATES);
  private final UpdateTranslator translator = new UpdateTranslator();
  private final JsonProvider json = JsonProvider.provider();

  /**
   * @param secret the {@code secret_token} given to {@code setWebhook}; blank means every request
   *     is refused
   * @param conversation the inbound port updates go to
   * @param executor runs the conversation (in the app: the container's managed executor)
   */
  public TelegramWebhook(String secret, HandleChatUpdate conversation, Executor executor) {
    this.secret = new WebhookSecret(secret);
    this.conversation = conversation;
    this.queues = new SellerQueues(executor);
    if (!this.secret.isConfigured()) {
      LOG.log(
          Level.WARNING,
          "no Telegram webhook secret configured: every webhook call will be refused");
    }
  }

  /**
   * @param presentedSecret the {@code X-Telegram-Bot-Api-Secret-Token} header, {@code null} when
   *     missing
   * @param contentLength the declared {@code Content-Length}, empty when not given
   * @param body the request body, not read until the secret matches
   */
  public Outcome receive(String presentedSecret, OptionalLong contentLength, InputStream body) {
    if (!secret.matches(presentedSecret)) {
      LOG.log(Level.WARNING, "webhook call refused: wrong or missing secret token");
      return Outcome.UNAUTHORIZED;
    }
    if (WebhookBody.declaredTooLarge(contentLength)) {
      LOG.log(Level.WARNING, "webhook call refused: Content-Length over 1 MiB");
      return Outcome.TOO_LARGE;
    }
    Optional<byte[]> bytes;
    try {
      bytes = WebhookBody.read(body);
    } catch (IOException broken) {
      LOG.log(Level.WARNING, "webhook body could not be read: " + broken.getMessage());
      return Outcome.IGNORED;
    }
    if (bytes.isEmpty()) {
      LOG.log(Level.WARNING, "webhook call refused: body over 1 MiB");
      return Outcome.TOO_LARGE;
    }
    return handleUpdate(bytes.get());
  }

  private Outcome handleUpdate(byte[] body) {
    JsonObject update;
    long updateId;
    Translation translation;
    try (var reader = json.createReader(new ByteArrayInputStream(body))) {
      update = reader.readObject();
      updateId = UpdateTranslator.number(update, "update_id");
      translation = translator.translate(updateId, update);
    } catch (JsonException
        | IllegalStateException
        | IllegalArgumentException
        | ClassCastException malformed) {
      LOG.log(
          Level.WARNING,
          "webhook body is not an update we understand, acknowledged: " + malformed.getMessage());
      return Outcome.IGNORED;
    }
    if (translation.update().isEmpty()) {
      LOG.log(Level.INFO, "update " + updateId + " ignored: " + translation.ignoredBecause());
      return Outcome.IGNORED;
    }
    if (!recent.firstTime(updateId)) {
      return Outcome.DUPLICATE;
    }
    ChatUpdate chatUpdate = translation.update().get();
    try {
      queues.submit(chatUpdate.telegramId(), () -> handle(chatUpdate));
      return Outcome.ACCEPTED;
    } catch (RejectedExecutionException full) {
      recent.forget(updateId);
      LOG.log(Level.WARNING, "update " + updateId + " not taken: the executor is full");
      return Outcome.BUSY;
    }
  }

  private void handle(ChatUpdate update) {
    try {
      conversation.handle(update);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.ERROR,
          "update " + update.updateId() + " (" + update.getClass().getSimpleName() + ") failed",
          failed);
    }
  }
}
