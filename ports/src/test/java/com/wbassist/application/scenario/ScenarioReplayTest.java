package com.wbassist.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.scenario.InMemoryScenarioReplay.Sent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every scenario — the copies kept in the test resources and, when the repository sits
 * beside the shared folder, every file in {@code ../shared/scenarios} — and compares the
 * notifications sent with {@code expected} exactly: nothing missing, nothing extra, and {@code
 * NEW_ORDER} before {@code ORDER_CANCELLED} for one key.
 */
class ScenarioReplayTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioSendsExactlyTheExpectedNotifications()
      throws IOException, URISyntaxException {
    Map<String, Path> files = new TreeMap<>();
    for (Path dir : scenarioDirs()) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json"))
            .forEach(p -> files.put(dir.relativize(p).toString() + " (" + dir + ")", p));
      }
    }
    assertFalse(files.isEmpty(), "no scenario found");
    return files.entrySet().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> replay(entry.getValue())));
  }

  private static List<Path> scenarioDirs() throws URISyntaxException {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of(ScenarioReplayTest.class.getResource("/scenarios").toURI()));
    String configured = System.getProperty("wbassist.scenarios");
    Path shared =
        configured != null
            ? Path.of(configured)
            : Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolveSibling("shared")
                .resolve("scenarios");
    if (Files.isDirectory(shared)) {
      dirs.add(shared);
    }
    return dirs;
  }

  private static void replay(Path file) {
    Scenario scenario;
    try {
      scenario = Scenario.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Sent> sent = new InMemoryScenarioReplay(scenario).run();

    Comparator<Sent> order =
        Comparator.comparingInt(Sent::round)
            .thenComparingLong(Sent::chatId)
            .thenComparing(Sent::type)
            .thenComparing(Sent::key);
    List<Sent> expected =
        scenario.expected().stream()
            .map(e -> new Sent(e.round(), e.chatId(), e.type(), e.key()))
            .sorted(order)
            .toList();
    List<Sent> actual = sent.stream().sorted(order).toList();
    assertEquals(expected, actual, "notifications of scenario " + scenario.name());

    for (int i = 0; i < sent.size(); i++) {
      Sent cancelled = sent.get(i);
      if (cancelled.type().equals("ORDER_CANCELLED")) {
        boolean newOrderLater =
            sent.subList(i, sent.size()).stream()
                .anyMatch(
                    s ->
                        s.type().equals("NEW_ORDER")
                            && s.key().equals(cancelled.key())
                            && s.chatId() == cancelled.chatId());
        assertTrue(
            !newOrderLater, "NEW_ORDER must come before ORDER_CANCELLED for " + cancelled.key());
      }
    }
  }
}
