package com.wbassist.domain.bench;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;

import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.testdata.MarketRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Order detection over 100,000 rows against the cost of merely walking the same rows. Half the rows are already
 * stored (a tenth of those now cancelled), a tenth of the new ones are stale: the mix of an incremental page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectionBenchmark {
  static final int ROWS = 100_000;

  private List<Order> page;
  private Map<String, KnownOrder> known;
  private DetectionContext context;
  private OrderEventRule rule;

  @Setup
  public void rows() {
    Instant now = moscow("2026-11-18T10:00:00");
    page = new ArrayList<>(ROWS);
    known = new HashMap<>();
    for (int i = 0; i < ROWS; i++) {
      String srid = i + ".r" + Integer.toHexString(i * 7919) + "e11fce1684117b0nhj9" + i + ".3.0";
      Instant date = now.minus(i % 10 == 0 ? 9 : 1, ChronoUnit.DAYS).plusSeconds(i);
      var builder = MarketRows.order(srid);
      Order order = builder.build();
      order = new Order(order.srid(), order.gNumber(), date, date, order.product(), order.place(), order.prices(), i % 20 == 0, null);
      page.add(order);
      if (i % 2 == 0) {
        known.put(srid, new KnownOrder(srid, false));
      }
    }
    context = new DetectionContext(CABINET, SyncKind.INCREMENTAL, now);
    rule = new OrderEventRule(DetectionPolicy.defaults());
  }

  /** The floor: touch every row's key and date, as any pass over the page must. */
  @Benchmark
  public void iterateRows(Blackhole hole) {
    for (Order order : page) {
      hole.consume(order.srid());
      hole.consume(order.date());
    }
  }

  @Benchmark
  public void detectOrderEvents(Blackhole hole) {
    hole.consume(rule.detect(context, page, known));
  }
}
