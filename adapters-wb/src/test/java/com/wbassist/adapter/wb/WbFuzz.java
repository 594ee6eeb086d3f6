package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.wbassist.application.fuzz.HostileJson;
import com.wbassist.application.fuzz.HostileJson.Input;
import com.wbassist.application.fuzz.Storable;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Hostile WB answers ({@link HostileJson}) through the readers exactly as a 2xx body goes through
 * them ({@link WbAnswers#readBody}), checked for what issue 11 asks: each body is read or refused
 * whole with the documented refusal, never another exception; a body damaged only inside its rows
 * is read, its damaged rows set aside at worst and every other row returned; nothing returned is
 * half-built or unstorable. Used by {@code WbFuzzTest} (a seeded sample) and {@code
 * WbFuzzBenchmark} (the full run).
 */
final class WbFuzz {
  private static final int ROWS = 6;

  /** One WB answer the adapter reads: its sample, where its rows are, how they are keyed. */
  enum Target {
    ORDERS(WbEndpoint.ORDERS, orders(), List.of()),
    SALES(WbEndpoint.SALES, sales(), List.of()),
    FEEDBACKS(WbEndpoint.FEEDBACKS, feedbacks(), List.of("data", "feedbacks")),
    STOCKS(WbEndpoint.STOCKS_REPORT, stocks(), List.of("data", "items")),
    CARDS(WbEndpoint.CARDS, cards(), List.of("cards"));

    final WbEndpoint endpoint;
    final String sample;
    final List<String> rowsPath;

    Target(WbEndpoint endpoint, String sample, List<String> rowsPath) {
      this.endpoint = endpoint;
      this.sample = sample;
      this.rowsPath = rowsPath;
    }

    /** The page as rows and unreadable rows, keyed. */
    Read read(WbAnswers answers, byte[] body) throws Exception {
      var in = new ByteArrayInputStream(body);
      return switch (this) {
        case ORDERS ->
            Read.of(answers.readBody(endpoint, in, StatisticsReader::orders), Order::srid);
        case SALES ->
            Read.of(answers.readBody(endpoint, in, StatisticsReader::sales), Sale::saleId);
        case FEEDBACKS ->
            Read.of(answers.readBody(endpoint, in, FeedbacksReader::page), Feedback::id);
        case STOCKS ->
            Read.of(answers.readBody(endpoint, in, StocksReader::page), s -> s.size().key());
        case CARDS -> {
          CardsPage page = answers.readBody(endpoint, in, CardsReader::page);
          yield Read.of(
              new WbPage<>(page.cards(), page.unreadable()), c -> Long.toString(c.nmId()));
        }
      };
    }

    /** The keys of the sample's rows, in order. */
    List<String> sampleKeys(WbAnswers answers) throws Exception {
      return read(answers, sample.getBytes(java.nio.charset.StandardCharsets.UTF_8)).keys();
    }
  }

  /** A page read: what came back, keyed. */
  record Read(List<?> rows, List<UnreadableRow> unreadable, List<String> keys) {
    static <T> Read of(WbPage<T> page, Function<T, String> key) {
      return new Read(page.rows(), page.unreadable(), page.rows().stream().map(key).toList());
    }
  }

  /** What a run saw. */
  static final class Tally {
    final Target target;
    final long seed;
    int inputs;
    int pagesRead;
    int refused;
    int rowLevelInputs;
    long rowsRead;
    long rowsSetAside;
    long nanos;
    long slowestNanos;
    final Map<String, Integer> refusals = new TreeMap<>();
    final Map<String, Integer> unexpected = new TreeMap<>();
    final List<String> violations = new ArrayList<>();

    Tally(Target target, long seed) {
      this.target = target;
      this.seed = seed;
    }

    void violation(Input input, String what) {
      if (violations.size() < 20) {
        violations.add(
            "input " + input.index() + " (" + input.kind() + ": " + input.what() + "): " + what);
      } else if (violations.size() == 20) {
        violations.add("…");
      }
    }

    int unexpectedExceptions() {
      return unexpected.values().stream().mapToInt(Integer::intValue).sum();
    }

    String summary() {
      return String.format(
          "%-9s seed %d: %d inputs (%d damaged only inside rows), %d pages read, %d refused %s,"
              + " %d rows read, %d rows set aside, unexpected exceptions %s, %d violations,"
              + " %.1f ms/input, slowest %.1f ms",
          target,
          seed,
          inputs,
          rowLevelInputs,
          pagesRead,
          refused,
          refusals,
          rowsRead,
          rowsSetAside,
          unexpected,
          violations.size(),
          nanos / 1e6 / Math.max(1, inputs),
          slowestNanos / 1e6);
    }
  }

  private WbFuzz() {}

  static Tally run(Target target, long seed, int inputs) throws Exception {
    WbAnswers answers = new WbAnswers(new JsonFactory());
    List<String> sampleKeys = target.sampleKeys(answers);
    if (sampleKeys.size() != ROWS) {
      throw new IllegalStateException(target + ": the sample must read whole: " + sampleKeys);
    }
    HostileJson hostile = new HostileJson(seed ^ target.ordinal(), target.sample, target.rowsPath);
    Tally tally = new Tally(target, seed);
    for (int i = 0; i < inputs; i++) {
      Input input = hostile.next();
      tally.inputs++;
      if (input.rowLevel()) {
        tally.rowLevelInputs++;
      }
      long start = System.nanoTime();
      Optional<Read> read = Optional.empty();
      try {
        read = Optional.of(target.read(answers, input.body()));
      } catch (WbMalformedResponseException | WbRequestRefusedException refusal) {
        tally.refused++;
        tally.refusals.merge(refusal.getClass().getSimpleName(), 1, Integer::sum);
        if (input.rowLevel()) {
          tally.violation(input, "refused whole for damage inside rows: " + refusal.getMessage());
        }
      } catch (Exception | StackOverflowError unexpected) {
        tally.unexpected.merge(unexpected.getClass().getSimpleName(), 1, Integer::sum);
        tally.violation(input, "threw " + unexpected);
      }
      long took = System.nanoTime() - start;
      tally.nanos += took;
      tally.slowestNanos = Math.max(tally.slowestNanos, took);
      read.ifPresent(page -> check(tally, input, page, sampleKeys));
    }
    return tally;
  }

  private static void check(Tally tally, Input input, Read page, List<String> sampleKeys) {
    tally.pagesRead++;
    tally.rowsRead += page.rows().size();
    tally.rowsSetAside += page.unreadable().size();
    for (Object row : page.rows()) {
      Storable.problem(row).ifPresent(p -> tally.violation(input, "a row half-built: " + p));
    }
    for (UnreadableRow row : page.unreadable()) {
      Storable.problem(row).ifPresent(p -> tally.violation(input, "an unreadable row: " + p));
      if (row.excerpt().length() > UnreadableRow.MAX_EXCERPT
          || row.reason().length() > UnreadableRow.MAX_REASON) {
        tally.violation(input, "an unreadable row too long to show");
      }
    }
    if (!input.rowLevel()) {
      return;
    }
    if (page.rows().size() + page.unreadable().size() != ROWS) {
      tally.violation(
          input,
          ROWS
              + " rows sent, "
              + page.rows().size()
              + " read and "
              + page.unreadable().size()
              + " set aside");
    }
    Set<String> keys = new HashSet<>(page.keys());
    for (int row = 0; row < sampleKeys.size(); row++) {
      if (!input.touchedRows().contains(row) && !keys.contains(sampleKeys.get(row))) {
        tally.violation(input, "readable row " + row + " (" + sampleKeys.get(row) + ") lost");
      }
    }
  }

  // -- samples: six rows each, as WB writes them ------------------------------------------------

  private static String orders() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(
          WbSamples.SPEC_ORDERS
              .strip()
              .replaceFirst("^\\[", "")
              .replaceFirst("]$", "")
              .replace("11.rf9ef11fce1684117b0nhj96222982382.3.0", "srid-" + i)
              .replace("2022-03-06T10:11:07", "2022-03-06T10:11:0" + i));
    }
    return "[" + String.join(",", rows) + "]";
  }

  private static String sales() {
    List<String> rows = new ArrayList<>();
    String first = WbSamples.SPEC_SALES_AND_RETURN.strip();
    first = first.substring(1, first.indexOf("},") + 1);
    for (int i = 0; i < ROWS; i++) {
      rows.add(
          first
              .replace("S9993700024", (i % 2 == 0 ? "S" : "R") + "99937000" + i)
              .replace("2022-03-06T10:11:07", "2022-03-06T10:11:0" + i));
    }
    return "[" + String.join(",", rows) + "]";
  }

  private static String feedbacks() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      String sample = i % 2 == 0 ? WbSamples.SPEC_FEEDBACK : WbSamples.RATING_ONLY_FEEDBACK;
      rows.add(
          sample
              .strip()
              .replace("YX52RZEBhH9mrcYdEJuD", "feedback-" + i)
              .replace("RatingOnly1", "feedback-" + i));
    }
    return WbSamples.feedbacksEnvelope(rows.toArray(String[]::new));
  }

  private static String stocks() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(WbSamples.STOCK_ROW.strip().replace("316399238", "31639923" + i));
    }
    return "{\"data\":{\"items\":[" + String.join(",", rows) + "]}}";
  }

  private static String cards() {
    String all = WbSamples.SPEC_CARDS.strip();
    String card = all.substring(all.indexOf('[') + 1, all.lastIndexOf("],"));
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(card.replace("12345678", "1234567" + i));
    }
    return "{\"cards\":["
        + String.join(",", rows)
        + "],\"cursor\":{\"updatedAt\":\"2023-12-06T11:17:00.96577Z\",\"nmID\":12345675,\"total\":6}}";
  }
}
