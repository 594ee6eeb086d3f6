package com.wbassist.application.service;

import com.wbassist.application.port.out.ChatDocument;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.onboarding.ReportReplies;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report asked for in the bot, back in the seller's chat: the file with its figures (or, over
 * Telegram's 50 MB for bots, where to download it), or the news that it failed. A send that fails
 * leaves the task as it is and the file downloadable.
 */
final class ReportToChat {
  private static final Logger LOG = System.getLogger(ReportToChat.class.getName());

  private final SellerChat chat;
  private final ReportReplies replies = new ReportReplies();

  ReportToChat(SellerChat chat) {
    this.chat = chat;
  }

  void ready(BackgroundTask task, Path file, ReportTotals totals) {
    ReportRequest request = task.request();
    if (!request.toChat()) {
      return;
    }
    try {
      if (Files.size(file) > SellerChat.LARGEST_DOCUMENT) {
        chat.send(request.chatId(), replies.tooLargeForChat(request.period(), task.id().value()));
        return;
      }
      chat.sendDocument(
          request.chatId(),
          new ChatDocument(
              request.fileName(),
              request.format().contentType(),
              Files.readAllBytes(file),
              replies.ready(request.period(), totals)));
    } catch (IOException | RuntimeException notSent) {
      LOG.log(
          Level.WARNING,
          () -> "report " + task.id() + " not sent to its chat: " + notSent.getMessage());
    }
  }

  void failed(BackgroundTask task) {
    if (task.request().toChat()) {
      chat.send(task.request().chatId(), replies.failed(task.request().period()));
    }
  }
}
