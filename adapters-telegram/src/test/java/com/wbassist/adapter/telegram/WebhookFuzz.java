package com.wbassist.adapter.telegram;

import com.wbassist.application.fakes.InMemoryUpdateInbox;
import com.wbassist.application.fuzz.HostileJson;
import com.wbassist.application.fuzz.HostileJson.Input;
import com.wbassist.application.fuzz.Storable;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.service.ChatUpdateIntake;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hostile webhook bodies ({@link HostileJson}, made from real-shaped updates: a private message, a
 * button press, a block, a group message) POSTed through {@link TelegramWebhookResource} with the
 * right secret, as Telegram — or whoever holds the secret — would. Checked for what issue 11 asks:
 * no 5xx (an exception out of the resource is one), and nothing half-stored: a body is either
 * stored whole and handled once, or acknowledged and dropped; whatever reaches the conversation can
 * be stored as it is. Used by {@code WebhookFuzzTest} (a seeded sample) and {@code
 * WebhookFuzzBenchmark} (the full run).
 */
final class WebhookFuzz {
  private static final String SECRET = "webhook_Secret-fuzz";
  private static final List<String> SAMPLES =
      List.of(
          TelegramUpdates.text(7, 7_000_000_001L, 42, "eyJhbGciOiJFUzI1NiJ9.eyJzaWQiOiJ4In0.c2ln"),
          TelegramUpdates.press(8, 111, 111, 43, "set:NEW_ORDER"),
          TelegramUpdates.membership(9, 111, "kicked"),
          TelegramUpdates.groupText(10, 111, -100200300, "/start"));

  /** What a run saw. */
  static final class Tally {
    final long seed;
    int inputs;
    int accepted;
    int acknowledged;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final Map<String, Integer> exceptions = new TreeMap<>();
    final List<String> violations = new ArrayList<>();
    long nanos;
    long slowestNanos;

    Tally(long seed) {
      this.seed = seed;
    }

    /** Answers a server would send as 5xx: a 5xx status, or an exception out of the resource. */
    int fiveHundreds() {
      int thrown = exceptions.values().stream().mapToInt(Integer::intValue).sum();
      return thrown
          + statuses.entrySet().stream()
              .filter(e -> e.getKey() >= 500)
              .mapToInt(Map.Entry::getValue)
              .sum();
    }

    void violation(Input input, String what) {
      if (violations.size() < 20) {
        violations.add(
            "input " + input.index() + " (" + input.kind() + ": " + input.what() + "): " + what);
      }
    }

    String summary() {
      return String.format(
          "webhook   seed %d: %d inputs, statuses %s, %d stored and handled, %d acknowledged and"
              + " dropped, exceptions %s, 5xx-equivalents %d, %d violations, %.2f ms/input,"
              + " slowest %.1f ms",
          seed,
          inputs,
          statuses,
          accepted,
          acknowledged,
          exceptions,
          fiveHundreds(),
          violations.size(),
          nanos / 1e6 / Math.max(1, inputs),
          slowestNanos / 1e6);
    }
  }

  private WebhookFuzz() {}

  /** The run, with the webhook's one warning per dropped body kept out of the output. */
  static Tally run(long seed, int inputs) {
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger(TelegramWebhook.class.getName());
    java.util.logging.Level level = log.getLevel();
    log.setLevel(java.util.logging.Level.SEVERE);
    try {
      return quietly(seed, inputs);
    } finally {
      log.setLevel(level);
    }
  }

  private static Tally quietly(long seed, int inputs) {
    List<HostileJson> sources = new ArrayList<>();
    for (int i = 0; i < SAMPLES.size(); i++) {
      sources.add(new HostileJson(seed + i, SAMPLES.get(i), null));
    }
    InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
    List<ChatUpdate> handled = new ArrayList<>();
    ChatUpdateIntake intake =
        InboxedUpdates.around(
            handled::add,
            inbox,
            Clock.fixed(Instant.parse("2026-11-18T07:00:00Z"), ZoneOffset.UTC));
    Tally tally = new Tally(seed);
    for (int i = 0; i < inputs; i++) {
      Input input = sources.get(i % sources.size()).next();
      tally.inputs++;
      // A server of its own for each body: Telegram's retries of one id are another test's.
      TelegramWebhookResource resource =
          new TelegramWebhookResource(new TelegramWebhook(SECRET, intake, Runnable::run));
      int before = handled.size();
      long start = System.nanoTime();
      try {
        Response response =
            resource.receive(
                SECRET,
                i % 3 == 0 ? Integer.toString(input.body().length) : null,
                new ByteArrayInputStream(input.body()));
        tally.statuses.merge(response.getStatus(), 1, Integer::sum);
      } catch (RuntimeException | StackOverflowError thrown) {
        tally.exceptions.merge(thrown.getClass().getSimpleName(), 1, Integer::sum);
        tally.violation(input, "threw " + thrown);
      }
      long took = System.nanoTime() - start;
      tally.nanos += took;
      tally.slowestNanos = Math.max(tally.slowestNanos, took);
      int added = handled.size() - before;
      if (added == 1) {
        tally.accepted++;
        Storable.problem(handled.get(before))
            .ifPresent(p -> tally.violation(input, "stored half-readable: " + p));
      } else if (added == 0) {
        tally.acknowledged++;
      } else {
        tally.violation(input, "handled " + added + " times");
      }
      if (!inbox.pending().isEmpty()) {
        tally.violation(input, "left in the inbox unhandled: " + inbox.pending());
        inbox.pending().forEach(inbox::handled);
      }
    }
    return tally;
  }
}
