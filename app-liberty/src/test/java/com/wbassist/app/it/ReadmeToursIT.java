package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's two sandbox tours — the seller features, then the sellers' API — run by {@code bash}
 * exactly as the README writes them, against the deployed WAR. Only the address, the chat ids (so
 * they meet no other test's chats) and the receiver's port (so it meets no other program) are
 * changed. A README line that stops working fails this test.
 */
class ReadmeToursIT extends OnTheBuiltWar {
  private static final String FEATURES = "### The seller features, in the sandbox";
  private static final String API = "### The sellers' API, in the sandbox";

  @Test
  @DisplayName(
      "the README's commands get a key, subscribe a receiver that checks signatures, and download a report")
  void theReadmeToursRunAsWritten() throws Exception {
    for (String tool : new String[] {"curl", "python3"}) {
      if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
        String message = "SKIPPED ReadmeToursIT: the README's commands need " + tool;
        System.err.println(message);
        Assumptions.abort(message);
      }
    }
    String readme =
        Files.readString(Path.of(System.getProperty("wbassist.it.readme")), StandardCharsets.UTF_8);
    int receiverPort = freePort();
    String script =
        (shellBlockAfter(readme, FEATURES) + "\n" + shellBlockAfter(readme, API))
            .replace("http://localhost:9080", "http://localhost:" + ItServer.httpPort())
            .replaceAll("\\b1001\\b", "871001")
            .replaceAll("\\b1002\\b", "871002")
            .replace("9999", Integer.toString(receiverPort));

    Path workspace = Files.createTempDirectory("wbassist-readme-tour");
    Path docs = Files.createDirectories(workspace.resolve("docs"));
    Path readmeDir = Path.of(System.getProperty("wbassist.it.readme")).getParent();
    Files.copy(readmeDir.resolve("docs/webhook-receiver.py"), docs.resolve("webhook-receiver.py"));
    Files.writeString(workspace.resolve("tour.sh"), script);
    Path output = workspace.resolve("tour.out");

    Process tour =
        new ProcessBuilder("bash", "-euo", "pipefail", "tour.sh")
            .directory(workspace.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = tour.waitFor(6, TimeUnit.MINUTES);
    if (!finished) {
      tour.descendants().forEach(ProcessHandle::destroyForcibly);
      tour.destroyForcibly();
    }
    String printed = Files.readString(output);
    assertTrue(finished, "the tour did not end in 6 minutes:\n" + printed);
    assertEquals(0, tour.exitValue(), "the tour failed:\n" + script + "\n---\n" + printed);

    String deliveries = Files.readString(workspace.resolve("deliveries.log"));
    assertTrue(
        deliveries.matches("(?s).*REPORT_READY delivery \\S+ signature ok.*"),
        "a signed REPORT_READY event was received and verified:\n" + deliveries);
    assertTrue(!deliveries.contains("BAD SIGNATURE"), deliveries);
    try (ZipFile xlsx = new ZipFile(workspace.resolve("report.xlsx").toFile())) {
      assertTrue(xlsx.getEntry("xl/workbook.xml") != null, "report.xlsx is a workbook");
    }
  }

  /** The first {@code ```sh} block after a heading, without its fences. */
  static String shellBlockAfter(String readme, String heading) {
    int at = readme.indexOf(heading);
    assertTrue(at >= 0, "README has no heading " + heading);
    int start = readme.indexOf("```sh\n", at);
    int end = readme.indexOf("\n```", start + 6);
    assertTrue(start >= 0 && end > start, "no sh block after " + heading);
    return readme.substring(start + 6, end + 1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
