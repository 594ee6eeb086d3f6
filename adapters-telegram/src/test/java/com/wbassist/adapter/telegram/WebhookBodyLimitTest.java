package com.wbassist.adapter.telegram;

import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.ACCEPTED;
import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.TOO_LARGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.in.ChatUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A webhook body over 1 MiB is refused with 413, and never read past the limit. */
class WebhookBodyLimitTest {
  private static final String SECRET = "limit_secret-1";
  private static final int MIB = 1_048_576;

  private final List<ChatUpdate> handled = new ArrayList<>();
  private final TelegramWebhook webhook =
      new TelegramWebhook(SECRET, InboxedUpdates.around(handled::add), Runnable::run);
  private final TelegramWebhookResource resource = new TelegramWebhookResource(webhook);

  /** A real update padded with spaces (JSON allows them) to exactly {@code size} bytes. */
  private static String updateOfSize(long updateId, int size) {
    String update = TelegramUpdates.text(updateId, 111, 42, "/menu");
    return update + " ".repeat(size - bytes(update));
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  @DisplayName("a Content-Length over 1 MiB: 413 before a byte of the body is read")
  void declaredTooLarge() {
    RecordingBody body = RecordingBody.endless();
    assertEquals(413, resource.receive(SECRET, String.valueOf(MIB + 1), body).getStatus());
    assertFalse(body.touched());
    assertTrue(handled.isEmpty());
  }

  @Test
  @DisplayName("no Content-Length and a body that never ends: 413 after reading 1 MiB + 1 byte")
  void undeclaredTooLarge() {
    RecordingBody body = RecordingBody.endless();
    assertEquals(413, resource.receive(SECRET, null, body).getStatus());
    assertEquals(MIB + 1, body.bytesRead());
    assertTrue(handled.isEmpty());
  }

  @Test
  @DisplayName("a Content-Length that understates the body does not lift the limit")
  void understated() {
    RecordingBody body = RecordingBody.endless();
    assertEquals(TOO_LARGE, webhook.receive(SECRET, OptionalLong.of(100), body));
    assertEquals(MIB + 1, body.bytesRead());
  }

  @Test
  @DisplayName("a malformed Content-Length is ignored: the read's limit still holds")
  void malformedLength() {
    RecordingBody body = RecordingBody.endless();
    assertEquals(413, resource.receive(SECRET, "lots", body).getStatus());
    assertEquals(MIB + 1, body.bytesRead());
  }

  @Test
  @DisplayName("exactly 1 MiB is still an update; one byte more is not")
  void boundary() {
    assertEquals(
        ACCEPTED,
        webhook.receive(SECRET, OptionalLong.of(MIB), RecordingBody.of(updateOfSize(1, MIB))));
    assertEquals(
        TOO_LARGE,
        webhook.receive(SECRET, OptionalLong.empty(), RecordingBody.of(updateOfSize(2, MIB + 1))));
    assertEquals(1, handled.size());
  }

  @Test
  @DisplayName("an ordinary update with its Content-Length is handled and answered 200")
  void ordinary() {
    String update = TelegramUpdates.text(3, 111, 42, "/menu");
    assertEquals(
        200,
        resource
            .receive(SECRET, String.valueOf(bytes(update)), RecordingBody.of(update))
            .getStatus());
    assertEquals(1, handled.size());
  }
}
