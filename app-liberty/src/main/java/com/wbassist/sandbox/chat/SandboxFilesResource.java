package com.wbassist.sandbox.chat;

import com.wbassist.sandbox.SandboxProblems;
import com.wbassist.sandbox.telegram.StandInChats;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A photo or document the bot sent, as the chat page shows it: a photo inline, a report as a
 * download under its own name.
 */
@Path("api/sandbox/files/{fileId}")
public class SandboxFilesResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed).
  @Inject Instance<TelegramStandIn> telegram;

  @GET
  public Response file(@PathParam("fileId") String fileId) {
    StandInChats.StandInFile file = telegram.get().chats().file(fileId).orElse(null);
    if (file == null) {
      return SandboxProblems.notFound(
          "no file " + fileId + " (the sandbox keeps the newest 64 MB of files, until it stops)");
    }
    Response.ResponseBuilder answer =
        Response.ok(file.bytes(), file.contentType())
            .header("X-Content-Type-Options", "nosniff")
            .header("Cache-Control", "private, max-age=3600");
    if (file.fileName() != null) {
      answer.header(
          "Content-Disposition",
          "attachment; filename*=UTF-8''"
              + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return answer.build();
  }
}
