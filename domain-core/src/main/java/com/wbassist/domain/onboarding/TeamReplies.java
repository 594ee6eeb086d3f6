package com.wbassist.domain.onboarding;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.team.Invite;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says about a cabinet's team: the member list, invites, leaving and removal, and the
 * notices members get. Beside {@link BotReplies}, in the same voice; names are Telegram's, escaped.
 */
public final class TeamReplies {
  /** Toast for a team button pressed by someone who is no longer in that team. */
  public static final String NOT_IN_TEAM = "Вы больше не в этой команде";

  /** Toast for an owner's button pressed by someone who is not the owner. */
  public static final String ONLY_OWNER = "Это может только владелец кабинета";

  /** Toast for a confirmed removal. */
  public static final String REMOVED = "Удалён из команды";

  /** Toast for a remove button whose member is no longer in the team. */
  public static final String NO_SUCH_MEMBER = "Этого участника уже нет в команде";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(MoscowTime.ZONE);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'МСК'").withZone(MoscowTime.ZONE);
  private static final String COME_BACK =
      "Чтобы снова получать уведомления, пришлите токен WB API или попросите у владельца приглашение.";

  /** The member list, oldest first; the owner's buttons only for the owner. */
  public ChatMessage team(String shopName, List<Seller> members, Long ownerId, long viewerId) {
    StringBuilder text =
        new StringBuilder("👥 <b>Команда магазина ").append(escape(shopName)).append("</b>\n");
    for (Seller member : members) {
      boolean owner = ownerId != null && ownerId == member.telegramId();
      text.append(owner ? "👑 " : "• ")
          .append(name(member))
          .append(owner ? " — владелец" : "")
          .append(member.telegramId() == viewerId ? " (вы)" : "")
          .append(member.joinedAt() == null ? "" : ", с " + DAY.format(member.joinedAt()))
          .append('\n');
    }
    if (ownerId == null) {
      text.append("\nУ кабинета сейчас нет владельца.\n");
    }
    boolean viewerOwns = ownerId != null && ownerId == viewerId;
    List<List<Button>> rows = new ArrayList<>();
    if (viewerOwns) {
      text.append("\nПригласите менеджера ссылкой — токен ему не понадобится.");
      rows.add(List.of(Button.action("➕ Пригласить", TeamActions.INVITE)));
      for (Seller member : members) {
        if (member.telegramId() != viewerId) {
          rows.add(
              List.of(
                  Button.action(
                      "❌ Удалить " + plainName(member), TeamActions.remove(member.telegramId()))));
        }
      }
    }
    rows.add(List.of(Button.action("🚪 Покинуть кабинет", TeamActions.LEAVE)));
    rows.add(List.of(Button.action("⬅️ В меню", ButtonActions.MENU)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  public ChatMessage inviteLink(String shopName, String link, Invite invite) {
    return new ChatMessage(
        "🔗 Приглашение в команду магазина <b>"
            + escape(shopName)
            + "</b>:\n"
            + escape(link)
            + "\n\nПерешлите ссылку менеджеру: он откроет бота и сразу попадёт в кабинет, токен ему "
            + "не понадобится. Ссылка действует 14 дней (до "
            + MINUTE.format(invite.expiresAt())
            + ") и сработает один раз — для каждого менеджера сделайте свою.",
        back());
  }

  public ChatMessage invitesUnavailable() {
    return new ChatMessage(
        "⚠️ Приглашения сейчас недоступны: администратор бота не указал его имя. "
            + "Менеджер может подключиться, прислав токен WB API этого кабинета.",
        back());
  }

  public ChatMessage confirmRemove(Seller member) {
    return new ChatMessage(
        "Удалить "
            + name(member)
            + " из команды? Он перестанет получать уведомления этого магазина.",
        new Keyboard(
            List.of(
                List.of(
                    Button.action("Да, удалить", TeamActions.removeConfirmed(member.telegramId())),
                    Button.action("Отмена", TeamActions.TEAM)))));
  }

  /**
   * Asks a member to confirm leaving; an owner also reads who will own the cabinet after them.
   *
   * @param successor the next owner's name when the one asking owns the cabinet, else {@code null}
   * @param ownerAlone the one asking owns the cabinet and nobody would be left to own it
   */
  public ChatMessage confirmLeave(String shopName, Seller successor, boolean ownerAlone) {
    StringBuilder text =
        new StringBuilder("Покинуть кабинет <b>")
            .append(escape(shopName))
            .append("</b>? Уведомления этого магазина перестанут приходить.");
    if (successor != null) {
      text.append("\nВладельцем станет ").append(name(successor)).append('.');
    } else if (ownerAlone) {
      text.append("\nВ команде больше никого нет: у кабинета не останется владельца.");
    }
    return new ChatMessage(
        text.toString(),
        new Keyboard(
            List.of(
                List.of(
                    Button.action("Да, покинуть", TeamActions.LEAVE_CONFIRMED),
                    Button.action("Отмена", TeamActions.TEAM)))));
  }

  public ChatMessage youLeft(String shopName) {
    return ChatMessage.text(
        "🚪 Вы покинули кабинет <b>" + escape(shopName) + "</b>.\n" + COME_BACK);
  }

  public ChatMessage youWereRemoved(String shopName) {
    return ChatMessage.text(
        "🚪 Владелец удалил вас из команды магазина <b>"
            + escape(shopName)
            + "</b>.\n"
            + COME_BACK);
  }

  public ChatMessage memberJoined(Seller member, String shopName, boolean byToken) {
    return ChatMessage.text(
        "👋 "
            + name(member)
            + (byToken ? " прислал токен и присоединился" : " присоединился по приглашению")
            + " к команде магазина <b>"
            + escape(shopName)
            + "</b>.");
  }

  public ChatMessage memberLeft(Seller member, String shopName) {
    return ChatMessage.text(
        "🚪 " + name(member) + " покинул команду магазина <b>" + escape(shopName) + "</b>.");
  }

  public ChatMessage memberRemoved(Seller member, String shopName) {
    return ChatMessage.text(
        "🚪 Владелец удалил "
            + name(member)
            + " из команды магазина <b>"
            + escape(shopName)
            + "</b>.");
  }

  public ChatMessage tokenReplaced(Seller member, String shopName) {
    return ChatMessage.text(
        "🔑 " + name(member) + " обновил токен магазина <b>" + escape(shopName) + "</b>.");
  }

  public ChatMessage youOwnNow(String shopName) {
    return ChatMessage.text(
        "👑 Теперь вы владелец кабинета <b>"
            + escape(shopName)
            + "</b>: вы приглашаете и удаляете участников (меню → «👥 Команда»).");
  }

  public ChatMessage newOwner(Seller owner, String shopName) {
    return ChatMessage.text(
        "👑 Новый владелец кабинета <b>" + escape(shopName) + "</b> — " + name(owner) + ".");
  }

  public ChatMessage joinedByInvite(
      String shopName, String previousShop, boolean ready, SyncProgress progress) {
    StringBuilder text = new StringBuilder();
    if (previousShop != null) {
      text.append("↪️ Вы перешли из кабинета <b>")
          .append(escape(previousShop))
          .append("</b>: его уведомления больше не придут.\n");
    }
    text.append("✅ Вы в команде магазина <b>").append(escape(shopName)).append("</b>. ");
    if (ready) {
      text.append("Теперь я буду сообщать обо всём новом.");
      return new ChatMessage(text.toString(), BotReplies.mainMenuKeyboard());
    }
    text.append("История магазина ещё загружается.\n").append(BotReplies.progressLine(progress));
    return ChatMessage.text(text.toString());
  }

  public ChatMessage alreadyInTeam(String shopName) {
    return new ChatMessage(
        "👌 Вы уже в команде магазина <b>"
            + escape(shopName)
            + "</b>. Приглашение не потрачено — его можно переслать тому, кого вы приглашаете.",
        BotReplies.mainMenuKeyboard());
  }

  public ChatMessage inviteExpired() {
    return ChatMessage.text(
        "⌛ Срок этого приглашения истёк: ссылка действует 14 дней. Попросите владельца "
            + "кабинета прислать новую или пришлите токен WB API.");
  }

  public ChatMessage inviteUsed() {
    return ChatMessage.text(
        "🔒 По этому приглашению уже присоединились: каждая ссылка срабатывает один раз. "
            + "Попросите владельца кабинета сделать новую или пришлите токен WB API.");
  }

  public ChatMessage inviteUnknown() {
    return ChatMessage.text(
        "🤷 Это приглашение не действует. Попросите владельца кабинета прислать новую ссылку "
            + "или пришлите токен WB API.");
  }

  private static Keyboard back() {
    return Keyboard.of(List.of(Button.action("⬅️ К команде", TeamActions.TEAM)));
  }

  private static String name(Seller seller) {
    return "<b>" + escape(plainName(seller)) + "</b>";
  }

  private static String plainName(Seller seller) {
    return seller.name().isBlank() ? "участник " + seller.telegramId() : seller.name();
  }
}
