package com.wbassist.sandbox.telegram;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every chat the stand-in has seen, as a person reads it: the bot's messages and the seller's, with
 * their photos and documents, pinned ones marked, and each chat's numbered changes for a page that
 * follows it live.
 */
public final class StandInChats {
  private final Clock clock;
  private final StandInFiles files;
  private final AtomicLong seq = new AtomicLong();
  private final Map<Long, StandInChat> chats = new ConcurrentHashMap<>();

  StandInChats(Clock clock, StandInFiles files) {
    this.clock = clock;
    this.files = files;
  }

  /** A chat as it stands: its messages in order, the pinned ones' ids, its last change's number. */
  public record ChatView(List<StandInMessage> messages, Set<Long> pinned, long lastChange) {}

  /**
   * What a follower has not seen yet; {@code complete} is false when it cannot all be told (too
   * many changes since, or a number from before this server started): read the chat again.
   */
  public record ChatChanges(List<ChatChange> changes, boolean complete, long lastChange) {}

  /** A file's name as sent ({@code null} for a photo), its type and bytes. */
  public record StandInFile(String fileName, String contentType, byte[] bytes) {}

  /**
   * The seller writes to the bot: the message is in the chat at once, with the chat's next id — the
   * id the update to the bot must carry, so the bot can delete it (a pasted token).
   */
  public StandInMessage sellerWrote(long chatId, String text) {
    return record(chatId, StandInMessage.Sender.SELLER, text, null, null);
  }

  /** The chat and the number of its last change, read together (a follower starts from there). */
  public ChatView view(long chatId) {
    StandInChat.Snapshot snapshot = of(chatId).snapshot();
    return new ChatView(snapshot.messages(), snapshot.pinned(), snapshot.lastChange());
  }

  /** The chat's changes after its {@code seen}th. */
  public ChatChanges changesAfter(long chatId, long seen) {
    StandInChat.ChangesAfter after = of(chatId).changesAfter(seen);
    return new ChatChanges(after.changes(), after.complete(), after.lastChange());
  }

  /** Everything one chat shows now: the bot's messages and the seller's, in order. */
  public List<StandInMessage> conversation(long chatId) {
    StandInChat chat = chats.get(chatId);
    return chat == null ? List.of() : chat.messages();
  }

  /** The bytes of a photo or document the bot sent, by its {@code file_id}. */
  public Optional<StandInFile> file(String fileId) {
    return files
        .find(fileId)
        .map(f -> new StandInFile(f.fileName(), f.contentType(), f.bytes().clone()));
  }

  public boolean isPinned(long chatId, long messageId) {
    StandInChat chat = chats.get(chatId);
    return chat != null && chat.isPinned(messageId);
  }

  List<StandInMessage> botMessages(long chatId) {
    return conversation(chatId).stream().filter(StandInMessage::fromBot).toList();
  }

  List<StandInMessage> messagesAfter(long afterSeq) {
    return chats.values().stream()
        .flatMap(chat -> chat.messages().stream())
        .filter(m -> m.fromBot() && m.seq() > afterSeq)
        .sorted(Comparator.comparingLong(StandInMessage::seq))
        .toList();
  }

  long lastSeq() {
    return seq.get();
  }

  StandInMessage record(
      long chatId,
      StandInMessage.Sender from,
      String html,
      JsonObject markup,
      StandInAttachment attachment) {
    StandInChat chat = of(chatId);
    // One lock for the id and the entry: a chat's messages stay in the order of their ids.
    synchronized (chat) {
      StandInMessage message =
          new StandInMessage(
              seq.incrementAndGet(),
              chatId,
              chat.nextMessageId(),
              from,
              html,
              markup,
              attachment,
              clock.instant(),
              0);
      chat.add(message);
      return message;
    }
  }

  StandInChat of(long chatId) {
    return chats.computeIfAbsent(chatId, c -> new StandInChat());
  }

  /** The chat, or {@code null} when nothing was ever said in it. */
  StandInChat existing(long chatId) {
    return chats.get(chatId);
  }

  void clear(long chatId) {
    StandInChat chat = chats.get(chatId);
    if (chat != null) {
      chat.clear();
    }
  }
}
