package com.wbassist.application.service;

import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.ProcessedUpdates;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.TeamActions;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.token.TokenInspector;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * The bot's side of the conversation. Every update is handled once (Telegram retries webhooks); a
 * text that looks like a WB token is taken as one in any state; everything else is answered by
 * where the seller stands.
 */
public final class ChatConversationService implements HandleChatUpdate {
  private static final Logger LOG = System.getLogger(ChatConversationService.class.getName());

  private final SellerStore sellers;
  private final ProcessedUpdates processed;
  private final SellerChat chat;
  private final TokenOnboarding tokens;
  private final SellerMenus menus;
  private final TeamConversation teams;
  private final Clock clock;

  public ChatConversationService(
      SellerStore sellers,
      ProcessedUpdates processed,
      SellerChat chat,
      TokenOnboarding tokens,
      SellerMenus menus,
      TeamConversation teams,
      Clock clock) {
    this.sellers = sellers;
    this.processed = processed;
    this.chat = chat;
    this.tokens = tokens;
    this.menus = menus;
    this.teams = teams;
    this.clock = clock;
  }

  @Override
  public void handle(ChatUpdate update) {
    if (processed.handledAlready(update.updateId())) {
      return;
    }
    try {
      if (update instanceof TextReceived text) {
        onText(text);
      } else if (update instanceof ButtonPressed press) {
        onButton(press);
      } else if (update instanceof BotBlocked block) {
        onBlock(block);
      }
    } catch (ChatUnreachableException gone) {
      sellers
          .find(update.telegramId())
          .ifPresent(
              s -> {
                sellers.save(s.unreachable());
                // Unreachable is as good as blocked: an owner stops owning.
                teams.blocked(s);
              });
    } catch (ChatDeliveryException failed) {
      // The seller's message was handled; only our answer got lost. They will ask again.
      LOG.log(
          Level.WARNING,
          "could not answer seller " + update.telegramId() + ": " + failed.getMessage());
    }
    // Recorded once handled, not before: an update whose handling broke off (an exception, a
    // crash) stays in the durable inbox and is handled again. A crash just here repeats one
    // answer — harmless next to losing a pasted token.
    processed.firstTime(update.updateId(), clock.instant());
  }

  private void onText(TextReceived text) {
    Seller seller =
        sellers
            .find(text.telegramId())
            .map(known -> known.active() ? known : known.reachable(text.chatId(), text.userName()))
            .orElseGet(() -> Seller.newcomer(text.telegramId(), text.chatId(), text.userName()));
    String body = text.text().strip();
    if (TokenInspector.looksLikeToken(body)) {
      chat.delete(text.chatId(), text.messageId());
      teams.tokenHandled(seller, tokens.submit(seller, body));
      return;
    }
    String command = command(body);
    if ("/start".equals(command) && teams.followInvite(seller, argument(body))) {
      return;
    }
    switch (seller.state()) {
      case NEW -> {
        sellers.save(seller.awaitingToken());
        send(seller, menus.replies().welcome());
      }
      case AWAITING_TOKEN -> {
        sellers.save(seller);
        send(
            seller,
            "/start".equals(command) ? menus.replies().welcome() : menus.replies().tokenPrompt());
      }
      case SYNCING -> {
        sellers.save(seller);
        send(seller, menus.progress(seller));
      }
      case READY -> {
        sellers.save(seller);
        send(
            seller,
            "/team".equals(command) ? teams.view(seller) : menus.forCommand(seller, command));
      }
    }
  }

  private void onButton(ButtonPressed press) {
    Seller seller = sellers.find(press.telegramId()).orElse(null);
    if (seller == null) {
      chat.answerButton(press.callbackId(), "Сначала отправьте /start");
      return;
    }
    if (TeamActions.isTeam(press.data()) && seller.state() != OnboardingState.SYNCING) {
      teams.press(seller, press);
      return;
    }
    menus.press(seller, press);
  }

  private void onBlock(BotBlocked block) {
    sellers
        .find(block.telegramId())
        .ifPresent(
            seller -> {
              sellers.save(
                  block.blocked()
                      ? seller.unreachable()
                      : seller.reachable(seller.chatId(), seller.name()));
              if (block.blocked()) {
                teams.blocked(seller);
              }
            });
  }

  private void send(Seller seller, ChatMessage message) {
    chat.send(seller.chatId(), message);
  }

  /** "/start team_abc" → "team_abc": what Telegram puts after a deep link's command. */
  private static String argument(String text) {
    String[] parts = text.split("\\s+", 2);
    return parts.length < 2 ? "" : parts[1].strip();
  }

  /** "/settings@MyBot extra" → "/settings". */
  private static String command(String text) {
    if (!text.startsWith("/")) {
      return "";
    }
    String first = text.split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return (at > 0 ? first.substring(0, at) : first).toLowerCase(java.util.Locale.ROOT);
  }
}
