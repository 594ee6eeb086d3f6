package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.UpdateTranslator.Translation;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.ReceiveChatUpdate;
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
 * WebhookBody#MAX_BYTES}, the update parsed and translated, stored, and handed to the conversation
 * on the executor, so Telegram gets its answer as soon as the update is stored. An update that
 * could not be stored is refused, so Telegram sends it again; once stored it is never lost — if
 * this server dies before handling it, it is handled from the store. An update that is not ours, or
 * not an update at all, is logged and acknowledged: answering Telegram with an error only makes it
 * send the same thing again. Message texts are never logged — one of them may be a seller's WB
 * token.
 */
public final class TelegramWebhook {
  private static final Logger LOG = System.getLogger(TelegramWebhook.class.getName());
  private static final int RECENT_UPDATES = 10_000;

  /** What became of a POST. */
  public enum Outcome {
    /** Stored, and handed to the conversation. */
    ACCEPTED,
    /** Stored before (Telegram retried it). */
    DUPLICATE,
    /** Not something the bot acts on, or not parseable: acknowledged and dropped. */
    IGNORED,
    /** Wrong or missing secret: nothing was read. */
    UNAUTHORIZED,
    /** A body over {@link WebhookBody#MAX_BYTES}: refused, not read past the limit. */
    TOO_LARGE,
    /** The update could not be stored: Telegram must send it again. */
    NOT_STORED
  }

  private final WebhookSecret secret;
  private final ReceiveChatUpdate updates;
  private final SellerQueues queues;
  private final RecentUpdates recent = new RecentUpdates(RECENT_UPDATES);
  private final UpdateTranslator translator = new UpdateTranslator();
  private final JsonProvider json = JsonProvider.provider();

  /**
   * @param secret the {@code secret_token} given to {@code setWebhook}; blank means every request
   *     is refused
   * @param updates the inbound port updates are stored with and handled by
   * @param executor runs the conversation (in the app: the container's managed executor)
   */
  public TelegramWebhook(String secret, ReceiveChatUpdate updates, Executor executor) {
    this.secret = new WebhookSecret(secret);
    this.updates = updates;
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
    if (WebhookBody.nestedDeeperThan(body, WebhookBody.MAX_DEPTH)) {
      LOG.log(
          Level.WARNING,
          "webhook body nested deeper than "
              + WebhookBody.MAX_DEPTH
              + " levels is no update, acknowledged");
      return Outcome.IGNORED;
    }
    JsonObject update;
    long updateId;
    Translation translation;
    try (var reader = json.createReader(new ByteArrayInputStream(body))) {
      update = reader.readObject();
      updateId = UpdateTranslator.number(update, "update_id");
      translation = translator.translate(updateId, update);
    } catch (RuntimeException malformed) {
      // Reading and translating touch nothing: whatever the JSON provider throws at a body it
      // cannot read (JsonException, or a bare RuntimeException or UnsupportedOperationException
      // for a number or a nesting beyond its limits) means "not an update", never a 500 that
      // Telegram would send again and again.
      LOG.log(
          Level.WARNING,
          "webhook body is not an update we understand, acknowledged: "
              + malformed.getClass().getSimpleName()
              + ": "
              + malformed.getMessage());
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
    boolean fresh;
    try {
      fresh = updates.store(chatUpdate);
    } catch (RuntimeException notStored) {
      recent.forget(updateId);
      LOG.log(
          Level.ERROR,
          "update "
              + updateId
              + " could not be stored, refused so that Telegram sends it again: "
              + notStored.getMessage());
      return Outcome.NOT_STORED;
    }
    if (!fresh) {
      return Outcome.DUPLICATE;
    }
    try {
      queues.submit(chatUpdate.telegramId(), () -> updates.handleStored(chatUpdate));
    } catch (RejectedExecutionException full) {
      // Stored is enough: the timer handles it from the store once this server's hold runs out.
      LOG.log(
          Level.WARNING,
          "update " + updateId + " stored but not queued (the executor is full): handled later");
    }
    return Outcome.ACCEPTED;
  }
}
