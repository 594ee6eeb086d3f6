package com.wbassist.sandbox;

import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummaryRound;
import com.wbassist.sandbox.telegram.StandInMessage;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily summary on demand, so a person can see it without waiting for tomorrow morning: the
 * summary of today so far for one sandbox seller, planned now and sent by the product's own
 * dispatch — rendered, pinned, the previous one unpinned — as at 09:00. One a day, as in the
 * product: the next morning's summary of this day is then not sent again.
 */
@Path("api/sandbox/chats/{telegramId}/daily-summary")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxDailySummaryResource {
  private static final Duration WAIT = Duration.ofSeconds(20);

  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed).
  @Inject Instance<TelegramStandIn> telegram;
  @Inject Instance<SandboxClock> clock;
  @Inject Instance<DailySummaries> summaries;
  @Inject Instance<SellerStore> sellers;
  @Inject Instance<DispatchNudge> dispatch;

  /** → {@code {"chatId", "day", "messages": [the bot's messages it sent for it, "pinned"]}}. */
  @POST
  public Response todaySoFar(@PathParam("telegramId") long telegramId) throws InterruptedException {
    Optional<Seller> seller = sellers.get().find(telegramId);
    if (seller.isEmpty() || !DailySummaryRound.stillWanted(seller.get())) {
      return problem(
          409,
          "seller "
              + telegramId
              + " gets no daily summary: not connected and ready, blocked the bot, or switched it"
              + " off");
    }
    Instant now = clock.get().instant();
    LocalDate today = now.atZone(MoscowTime.ZONE).toLocalDate();
    long before = telegram.get().lastSeq();
    if (!summaries.get().plan(telegramId, today, now)) {
      return problem(409, "the summary of " + today + " was planned already: one a day");
    }
    dispatch.get().dispatchSoon();
    Instant deadline = Instant.now().plus(WAIT);
    List<StandInMessage> sent = List.of();
    while (sent.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      sent = telegram.get().chat(telegramId).stream().filter(m -> m.seq() > before).toList();
    }
    JsonArrayBuilder messages = Json.createArrayBuilder();
    for (StandInMessage message : sent) {
      messages.add(
          Json.createObjectBuilder()
              .add("messageId", message.messageId())
              .add("text", message.html())
              .add("pinned", telegram.get().isPinned(telegramId, message.messageId())));
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("chatId", telegramId)
                .add("day", today.toString())
                .add("messages", messages)
                .build()
                .toString())
        .build();
  }

  private static Response problem(int status, String detail) {
    return Response.status(status)
        .entity(Json.createObjectBuilder().add("detail", detail).build().toString())
        .build();
  }
}
