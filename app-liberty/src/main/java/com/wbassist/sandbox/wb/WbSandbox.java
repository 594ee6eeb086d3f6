package com.wbassist.sandbox.wb;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WB seller API as the sandbox plays it, faithfully enough that the real WB adapter cannot
 * tell: JWT auth with the category each host demands, {@code flag=0} paging by {@code
 * lastChangeDate} with a page limit, the feedback envelope and archive, card cursors, the stocks
 * report wrapper (204 when empty), WB's rate-limit headers, and faults a test injects. Plain Java:
 * the JAX-RS resources only translate requests in and answers out.
 */
public final class WbSandbox {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final SandboxTokens tokens;
  private final SandboxRateLimits limits;
  private final Clock clock;
  private final Map<String, SandboxShop> shops = new ConcurrentHashMap<>();
  private volatile int pageLimit;

  /** Where the simulator serves card photos; {@code sandbox:/} in a shop's state stands for it. */
  private volatile String photoBase = PHOTO_PLACEHOLDER;

  private static final String PHOTO_PLACEHOLDER = "sandbox:/";

  public WbSandbox(SandboxTokens tokens, SandboxRateLimits limits, Clock clock, int pageLimit) {
    this.tokens = tokens;
    this.limits = limits;
    this.clock = clock;
    this.pageLimit = pageLimit;
  }

  public void pageLimit(int limit) {
    this.pageLimit = limit;
  }

  /**
   * Card photos are served at {@code base} (e.g. {@code http://localhost:9080/sandbox/wb/}):
   * scenarios name them {@code sandbox:/images/...}, WB gives real addresses, and the Telegram
   * adapter fetches only from the hosts it allows.
   */
  public void photosAt(String base) {
    this.photoBase = base;
  }

  public int pageLimit() {
    return pageLimit;
  }

  /** Opens (or finds) a seller account and mints a token for it, valid 180 days like WB's. */
  public String openShop(String sid, String name, String tradeMark) {
    shops.computeIfAbsent(sid, s -> new SandboxShop(s, name, tradeMark));
    return tokens.mint(
        sid, clock.instant().plus(Duration.ofDays(180)), SandboxTokens.PRODUCT_CATEGORIES);
  }

  public Optional<SandboxShop> shop(String sid) {
    return Optional.ofNullable(shops.get(sid));
  }

  public void forget(String sid) {
    shops.remove(sid);
  }

  public SandboxTokens tokens() {
    return tokens;
  }

  // ---- statistics

  public SandboxAnswer orders(String authorization, String dateFrom, String flag) {
    return statistics(authorization, "ORDERS", "orders", dateFrom, flag);
  }

  public SandboxAnswer sales(String authorization, String dateFrom, String flag) {
    return statistics(authorization, "SALES", "sales", dateFrom, flag);
  }

  private SandboxAnswer statistics(
      String authorization, String stream, String list, String dateFrom, String flag) {
    Admission admission = admit(authorization, WbHost.STATISTICS, stream, "statistics/" + list);
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    if (dateFrom == null || dateFrom.isBlank()) {
      return WbProblems.statisticsBadRequest("dateFrom: field required", true);
    }
    LocalDateTime from;
    try {
      from = moscowDateTime(dateFrom);
    } catch (DateTimeParseException bad) {
      return WbProblems.statisticsBadRequest("dateFrom: Value not validated", false);
    }
    List<JsonObject> rows = new ArrayList<>();
    for (JsonValue value : admission.shop().rows(list)) {
      JsonObject row = value.asJsonObject();
      boolean wanted =
          "1".equals(flag)
              ? LocalDateTime.parse(row.getString("date")).toLocalDate().equals(from.toLocalDate())
              : !LocalDateTime.parse(row.getString("lastChangeDate")).isBefore(from);
      if (wanted) {
        rows.add(row);
      }
    }
    if (!"1".equals(flag)) {
      rows.sort(Comparator.comparing(row -> LocalDateTime.parse(row.getString("lastChangeDate"))));
      if (rows.size() > pageLimit) {
        rows = rows.subList(0, pageLimit);
      }
    }
    admission.shop().pace().waitOut(rows.size());
    return SandboxAnswer.ok(array(rows), admission.remaining());
  }

  /**
   * WB's dateFrom: a date, a date-time (seconds or fractions), naive Moscow time — or with an
   * offset, converted.
   */
  static LocalDateTime moscowDateTime(String text) {
    String value = text.strip();
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay();
    }
    if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return OffsetDateTime.parse(value).atZoneSameInstant(MOSCOW).toLocalDateTime();
    }
    return LocalDateTime.parse(value);
  }

  // ---- feedbacks

  public SandboxAnswer feedbacks(
      String authorization, String isAnswered, String take, String skip, String order) {
    Admission admission = admit(authorization, WbHost.FEEDBACKS, "FEEDBACKS", "feedbacks");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    if (!"true".equals(isAnswered) && !"false".equals(isAnswered)) {
      return WbProblems.feedbacksBadRequest("Плохой формат isAnswered");
    }
    Optional<int[]> window = takeSkip(take, skip);
    if (window.isEmpty()) {
      return WbProblems.feedbacksBadRequest("Плохой формат take или skip");
    }
    // The scenario's lists are the unanswered one and the archive; nothing is "answered but not
    // archived".
    JsonArray list =
        "false".equals(isAnswered)
            ? admission.shop().rows("feedbacks")
            : JsonArray.EMPTY_JSON_ARRAY;
    JsonArray page = page(list, window.get(), order);
    admission.shop().pace().waitOut(page.size());
    JsonObject data =
        Json.createObjectBuilder()
            .add("countUnanswered", admission.shop().rows("feedbacks").size())
            .add("countArchive", admission.shop().rows("archive").size())
            .add("feedbacks", page)
            .build();
    return SandboxAnswer.ok(envelope(data), admission.remaining());
  }

  public SandboxAnswer archive(String authorization, String take, String skip, String order) {
    Admission admission = admit(authorization, WbHost.FEEDBACKS, "FEEDBACKS", "feedbacks");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    Optional<int[]> window = takeSkip(take, skip);
    if (window.isEmpty()) {
      return WbProblems.feedbacksBadRequest("Плохой формат take или skip");
    }
    JsonArray page = page(admission.shop().rows("archive"), window.get(), order);
    admission.shop().pace().waitOut(page.size());
    JsonObject data = Json.createObjectBuilder().add("feedbacks", page).build();
    return SandboxAnswer.ok(envelope(data), admission.remaining());
  }

  private static Optional<int[]> takeSkip(String take, String skip) {
    try {
      int t = Integer.parseInt(take);
      int s = Integer.parseInt(skip);
      return t < 1 || t > 5_000 || s < 0 || s > 199_990
          ? Optional.empty()
          : Optional.of(new int[] {t, s});
    } catch (NumberFormatException | NullPointerException missing) {
      return Optional.empty();
    }
  }

  private static JsonArray page(JsonArray list, int[] takeSkip, String order) {
    Comparator<JsonObject> byDate =
        Comparator.comparing(f -> OffsetDateTime.parse(f.getString("createdDate")).toInstant());
    List<JsonObject> sorted = new ArrayList<>(list.getValuesAs(JsonObject.class));
    sorted.sort("dateAsc".equals(order) ? byDate : byDate.reversed());
    int from = Math.min(takeSkip[1], sorted.size());
    int to = Math.min(from + takeSkip[0], sorted.size());
    return array(sorted.subList(from, to));
  }

  private static JsonObject envelope(JsonObject data) {
    return Json.createObjectBuilder()
        .add("data", data)
        .add("error", false)
        .add("errorText", "")
        .addNull("additionalErrors")
        .build();
  }

  // ---- content

  public SandboxAnswer cards(String authorization, JsonObject body) {
    Admission admission = admit(authorization, WbHost.CONTENT, "CARDS", "content/cards");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    JsonObject settings =
        body == null ? JsonValue.EMPTY_JSON_OBJECT : body.getJsonObject("settings");
    settings = settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings;
    JsonObject cursor =
        settings.containsKey("cursor")
            ? settings.getJsonObject("cursor")
            : JsonValue.EMPTY_JSON_OBJECT;
    JsonObject filter =
        settings.containsKey("filter")
            ? settings.getJsonObject("filter")
            : JsonValue.EMPTY_JSON_OBJECT;
    int limit = cursor.getInt("limit", 100);
    if (limit < 1 || limit > 100) {
      return SandboxAnswer.of(
          400,
          Json.createObjectBuilder()
              .add("data", JsonValue.NULL)
              .add("error", true)
              .add("errorText", "limit must be 1..100")
              .build());
    }
    int withPhoto = filter.getInt("withPhoto", 0);
    Instant afterTime =
        cursor.containsKey("updatedAt") ? Instant.parse(cursor.getString("updatedAt")) : null;
    long afterNm = cursor.containsKey("nmID") ? cursor.getJsonNumber("nmID").longValue() : 0;

    List<JsonObject> cards =
        new ArrayList<>(admission.shop().rows("cards").getValuesAs(JsonObject.class));
    cards.removeIf(card -> !photoFilter(card, withPhoto));
    Comparator<JsonObject> ascending =
        Comparator.<JsonObject, Instant>comparing(c -> Instant.parse(c.getString("updatedAt")))
            .thenComparingLong(c -> c.getJsonNumber("nmID").longValue());
    cards.sort(ascending);
    if (afterTime != null) {
      cards.removeIf(
          card -> {
            int byTime = Instant.parse(card.getString("updatedAt")).compareTo(afterTime);
            return byTime < 0 || (byTime == 0 && card.getJsonNumber("nmID").longValue() <= afterNm);
          });
    }
    List<JsonObject> page = cards.subList(0, Math.min(limit, cards.size()));
    var next = Json.createObjectBuilder().add("total", page.size());
    if (!page.isEmpty()) {
      JsonObject last = page.get(page.size() - 1);
      next.add("updatedAt", last.getString("updatedAt")).add("nmID", last.getJsonNumber("nmID"));
    }
    String served =
        Json.createObjectBuilder()
            .add("cards", array(page))
            .add("cursor", next)
            .build()
            .toString()
            .replace("\"" + PHOTO_PLACEHOLDER, "\"" + photoBase);
    return SandboxAnswer.ok(
        Json.createReader(new java.io.StringReader(served)).readObject(), admission.remaining());
  }

  private static boolean photoFilter(JsonObject card, int withPhoto) {
    boolean hasPhoto = card.containsKey("photos") && !card.getJsonArray("photos").isEmpty();
    return withPhoto == -1 || (withPhoto == 1) == hasPhoto;
  }

  // ---- analytics

  public SandboxAnswer stocksReport(String authorization, JsonObject body) {
    Admission admission = admit(authorization, WbHost.ANALYTICS, "STOCKS", "analytics/stocks");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    JsonObject request = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    int limit = request.getInt("limit", 250_000);
    int offset = request.getInt("offset", 0);
    List<Long> nmIds = longs(request.getJsonArray("nmIds"));
    List<Long> chrtIds = longs(request.getJsonArray("chrtIds"));
    List<JsonObject> items = new ArrayList<>();
    for (JsonObject row : admission.shop().rows("stocks").getValuesAs(JsonObject.class)) {
      if ((nmIds.isEmpty() || nmIds.contains(row.getJsonNumber("nmId").longValue()))
          && (chrtIds.isEmpty() || chrtIds.contains(row.getJsonNumber("chrtId").longValue()))) {
        items.add(row);
      }
    }
    List<JsonObject> page =
        items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size()));
    if (page.isEmpty()) {
      return new SandboxAnswer(
          204, Map.of("X-Ratelimit-Remaining", Integer.toString(admission.remaining())), null);
    }
    return SandboxAnswer.ok(
        Json.createObjectBuilder()
            .add("data", Json.createObjectBuilder().add("items", array(page)))
            .build(),
        admission.remaining());
  }

  private static List<Long> longs(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
  }

  // ---- common

  public SandboxAnswer ping(String authorization, WbHost host) {
    Admission admission = admit(authorization, host, null, host.path() + "/ping");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    String ts = OffsetDateTime.ofInstant(clock.instant(), MOSCOW).withNano(0).toString();
    return SandboxAnswer.ok(
        Json.createObjectBuilder().add("TS", ts).add("Status", "OK").build(),
        admission.remaining());
  }

  public SandboxAnswer sellerInfo(String authorization) {
    Admission admission = admit(authorization, WbHost.COMMON, null, "common/seller-info");
    if (admission.refusal() != null) {
      return admission.refusal();
    }
    SandboxShop shop = admission.shop();
    return SandboxAnswer.ok(
        Json.createObjectBuilder()
            .add("name", shop.name())
            .add("sid", shop.sid())
            .add("tin", "7700000000")
            .add("tradeMark", shop.tradeMark())
            .build(),
        admission.remaining());
  }

  // ---- the gate every call passes

  private record Admission(SandboxShop shop, int remaining, SandboxAnswer refusal) {}

  private Admission admit(String authorization, WbHost host, String stream, String endpoint) {
    if (authorization == null || authorization.isBlank()) {
      return refused(WbProblems.unauthorized("empty Authorization header"));
    }
    String token =
        authorization.startsWith("Bearer ")
            ? authorization.substring(7).strip()
            : authorization.strip();
    Optional<SandboxTokens.Claims> claims = tokens.read(token);
    if (claims.isEmpty()) {
      return refused(
          WbProblems.unauthorized("token problem; token is malformed: could not verify signature"));
    }
    if (!claims.get().expiresAt().isAfter(clock.instant())) {
      return refused(WbProblems.unauthorized("token problem; token is expired"));
    }
    if (!host.admits(claims.get().categories())) {
      return refused(WbProblems.unauthorized("token scope not allowed for this API route"));
    }
    SandboxShop shop = shops.get(claims.get().sid());
    if (shop == null) {
      return refused(WbProblems.unauthorized("token problem; seller not found"));
    }
    Integer fault = stream == null ? null : shop.nextFault(stream);
    if (fault != null) {
      return refused(
          fault == 429 ? WbProblems.tooManyRequests(1, 10, 1) : WbProblems.serverError(fault));
    }
    SandboxRateLimits.Decision decision = limits.take(shop.sid(), endpoint);
    if (!decision.allowed()) {
      return refused(
          WbProblems.tooManyRequests(
              decision.retryAfterSeconds(), decision.limit(), decision.resetSeconds()));
    }
    return new Admission(shop, decision.remaining(), null);
  }

  private static Admission refused(SandboxAnswer answer) {
    return new Admission(null, 0, answer);
  }

  private static JsonArray array(List<JsonObject> rows) {
    JsonArrayBuilder builder = Json.createArrayBuilder();
    rows.forEach(builder::add);
    return builder.build();
  }
}
