package com.wbassist.app.bench;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.adapter.persistence.TokenCipher;
import com.wbassist.adapter.persistence.migration.SchemaMigration;
import com.wbassist.app.it.production.PlainLiberty;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What a benchmark runs against: PostgreSQL, the WB simulator and the Telegram recorder in the
 * benchmark's own process, and production servers (the built WAR on plain Open Liberty, set up as
 * docs/operations.md says) in processes of their own — the only thing measured, and the only thing
 * a crash test kills.
 */
final class BenchCluster implements AutoCloseable {
  static final String BOT_TOKEN = "987654321:AAF-benchmark_bot_token_0123456789";
  static final String WEBHOOK_SECRET = "webhook-secret_0123456789abcdef";
  static final String TOKEN_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  final EmbeddedPostgres postgres;
  final WbSimulator wb;
  final TelegramRecorder telegram;
  private final List<Server> servers = new ArrayList<>();

  /** A server of the cluster: its Liberty, its HTTP port. */
  record Server(PlainLiberty liberty, int port) {
    URI url(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  BenchCluster(WbSimulator wb) throws IOException {
    this.postgres = EmbeddedPostgres.builder().start();
    this.wb = wb;
    this.telegram = new TelegramRecorder(BOT_TOKEN);
    new SchemaMigration(dataSource()).migrate();
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /**
   * Cabinets 0…count−1 of the simulator, each ready (first sync done) with one seller, their last
   * syncs spread evenly over the last {@code interval}, so they fall due evenly — a server that has
   * run for a while, not one that starts with every cabinet due at once.
   */
  void seedCabinets(int count, Duration interval) {
    Instant now = Instant.now();
    Random random = new Random(7);
    try (PersistenceAdapters storage =
        PersistenceAdapters.create(dataSource(), TokenCipher.fromBase64Key(TOKEN_KEY))) {
      for (int i = 0; i < count; i++) {
        CabinetId id = new CabinetId(wb.sid(i));
        Instant connected = now.minus(Duration.ofDays(1));
        Instant lastSync = now.minusMillis((long) (random.nextDouble() * interval.toMillis()));
        Cabinet ready =
            Cabinet.connect(
                    id,
                    "Магазин " + i,
                    new ApiToken(wb.token(i)),
                    now.plus(Duration.ofDays(170)),
                    connected)
                .primarySyncFinished(connected)
                .syncEnded(lastSync, null);
        storage.cabinets().save(ready);
        long person = 7_000_000_000L + i;
        storage
            .sellers()
            .save(Seller.newcomer(person, person, "Seller " + i).linkedTo(id, true, connected));
      }
    }
  }

  /**
   * A production server from the built WAR, as docs/operations.md sets one up, with its WB and
   * Telegram addresses on the simulator and the recorder, and {@code extra} settings on top.
   */
  Server startServer(String name, Map<String, String> extra) throws Exception {
    Path wlp = Path.of(System.getProperty("wbassist.it.wlp.dir"));
    PlainLiberty liberty =
        PlainLiberty.create(
            wlp,
            name,
            Path.of(System.getProperty("wbassist.it.server-xml")),
            Path.of(System.getProperty("wbassist.it.war")),
            PlainLiberty.jdbcDriver(wlp));
    int port = freePort();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("WB_ASSIST_HTTP_PORT", Integer.toString(port));
    settings.put(
        "WB_ASSIST_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
    settings.put("WB_ASSIST_DB_USER", "postgres");
    settings.put("WB_ASSIST_DB_PASSWORD", "postgres");
    settings.put("TELEGRAM_BOT_TOKEN", BOT_TOKEN);
    settings.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    settings.put("TELEGRAM_PUBLIC_URL", "https://bot.example.test");
    settings.put("WB_ASSIST_TOKEN_KEY", TOKEN_KEY);
    settings.put("WB_ASSIST_ADMIN_USER", "operator");
    settings.put("WB_ASSIST_ADMIN_PASSWORD", "benchmark-operator-password");
    settings.put("TELEGRAM_API_URL", telegram.base());
    settings.put("TELEGRAM_PHOTO_HOSTS", "http://127.0.0.1");
    Stream.of("STATISTICS", "FEEDBACKS", "CONTENT", "ANALYTICS", "COMMON")
        .forEach(host -> settings.put("WB_" + host + "_URL", wb.base()));
    settings.putAll(extra);
    liberty.settings(settings);
    // The heap the target allows (issue 12: ≤ 1 GiB), so exceeding it fails rather than grows.
    Files.writeString(liberty.directory().resolve("jvm.options"), "-Xmx1g\n");
    liberty.start();
    Server server = new Server(liberty, port);
    int ready = PlainLiberty.awaitStatus(server.url("/health/ready"), 200, Duration.ofMinutes(3));
    if (ready != 200) {
      throw new IllegalStateException(name + " not ready: " + ready + "\n" + liberty.logs());
    }
    servers.add(server);
    return server;
  }

  long queryLong(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  List<double[]> queryRows(String sql, int columns) throws SQLException {
    List<double[]> rows = new ArrayList<>();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        double[] values = new double[columns];
        for (int c = 0; c < columns; c++) {
          values[c] = row.getDouble(c + 1);
        }
        rows.add(values);
      }
    }
    return rows;
  }

  @Override
  public void close() throws Exception {
    for (Server server : servers) {
      try {
        server.liberty().stop();
      } catch (RuntimeException stopFailed) {
        System.err.println("stopping " + server + ": " + stopFailed);
      }
    }
    telegram.close();
    wb.close();
    postgres.close();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
