package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbLimitReachedException;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.StreamCategories;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenInspector;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * WB in memory, serving each cabinet's data the way WB pages it: {@code lastChangeDate >= dateFrom}
 * ascending with a page limit ({@code dateFrom} in whole seconds, as the adapter sends it), reviews
 * newest first, cards by cursor. Injected 429/5xx faults are absorbed as the real adapter's retries
 * absorb them (and counted); {@link #failStream} plays a fault that outlasts the retries, and
 * {@link #allowRequests} WB's limits allowing only so many requests. {@link #holdsUnreadable} adds
 * rows the real adapter could not read: they take their place on WB's pages and come back as {@link
 * UnreadableRow}s.
 */
public final class InMemoryWb implements WbMarketData, WbAccountCheck {
  /** Everything WB holds for one cabinet at a moment. */
  public record CabinetData(
      List<Order> orders,
      List<Sale> sales,
      List<StockLevel> stocks,
      List<Feedback> feedbacks,
      List<Feedback> archive,
      List<ProductCard> cards) {
    public CabinetData {
      orders = List.copyOf(orders);
      sales = List.copyOf(sales);
      stocks = List.copyOf(stocks);
      feedbacks = List.copyOf(feedbacks);
      archive = List.copyOf(archive);
      cards = List.copyOf(cards);
    }

    public static CabinetData empty() {
      return new CabinetData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
  }

  private final Map<CabinetId, CabinetData> data = new HashMap<>();
  private final Map<CabinetId, SellerAccount> accounts = new HashMap<>();
  private final Map<CabinetId, Map<SyncStream, List<Placed>>> unreadable = new HashMap<>();
  private final Set<CabinetId> rejected = new HashSet<>();
  private final Set<ApiToken> rejectedTokens = new HashSet<>();
  private Runnable beforeNextCall;
  private Runnable beforeNextVerify;
  private final Map<SyncStream, Deque<Integer>> faults = new EnumMap<>(SyncStream.class);
  private final Map<SyncStream, String> failing = new EnumMap<>(SyncStream.class);
  private final Map<SyncStream, Integer> calls = new EnumMap<>(SyncStream.class);
  private final Map<SyncStream, Integer> allowed = new EnumMap<>(SyncStream.class);
  private final Map<SyncStream, List<Instant>> dateFroms = new EnumMap<>(SyncStream.class);
  private int absorbedFaults;
  private int pageLimit = 80_000;
  private boolean unavailableForVerify;

  public synchronized void pageLimit(int limit) {
    this.pageLimit = limit;
  }

  public synchronized void account(CabinetId cabinet, String name, String tradeMark) {
    accounts.put(cabinet, new SellerAccount(cabinet.sid(), name, tradeMark));
  }

  public synchronized void holds(CabinetId cabinet, CabinetData now) {
    data.put(cabinet, now);
    unreadable.remove(cabinet);
  }

  /** A row the adapter cannot read, and where WB places it. */
  private record Placed(Instant at, UnreadableRow row) {}

  /**
   * WB also holds a row of the stream that cannot be read. It takes its place on WB's pages by
   * {@code at}: as its {@code lastChangeDate} (orders, sales), creation date (reviews), update time
   * (cards, after the readable cards of that moment); stock rows that cannot be read come after the
   * others, reviews only in the unanswered list. Until {@link #holds} is called again.
   */
  public synchronized void holdsUnreadable(
      CabinetId cabinet, SyncStream stream, Instant at, UnreadableRow row) {
    unreadable
        .computeIfAbsent(cabinet, c -> new EnumMap<>(SyncStream.class))
        .computeIfAbsent(stream, s -> new ArrayList<>())
        .add(new Placed(at, row));
  }

  public synchronized void rejectToken(CabinetId cabinet) {
    rejected.add(cabinet);
  }

  /** WB refuses this one token (401) on every market request, whatever the cabinet. */
  public synchronized void rejectToken(String rawToken) {
    rejectedTokens.add(new ApiToken(rawToken));
  }

  /**
   * Runs {@code meanwhile} once, as the next market request arrives and before WB answers it — what
   * happens elsewhere while a pass runs.
   */
  public synchronized void beforeNextCall(Runnable meanwhile) {
    beforeNextCall = meanwhile;
  }

  /**
   * Runs {@code meanwhile} once, as the next token check arrives and before WB answers it — what
   * happens elsewhere while a seller's token is being checked.
   */
  public synchronized void beforeNextVerify(Runnable meanwhile) {
    beforeNextVerify = meanwhile;
  }

  public synchronized void acceptToken(CabinetId cabinet) {
    rejected.remove(cabinet);
  }

  public synchronized void unavailableForVerify(boolean unavailable) {
    this.unavailableForVerify = unavailable;
  }

  /** The next calls of a stream answer these HTTP statuses first (absorbed by retries). */
  public synchronized void inject(SyncStream stream, List<Integer> statuses) {
    faults.computeIfAbsent(stream, s -> new ArrayDeque<>()).addAll(statuses);
  }

  /** Every call of the stream fails after retries until {@link #heal}. */
  public synchronized void failStream(SyncStream stream, String reason) {
    failing.put(stream, reason);
  }

  public synchronized void heal(SyncStream stream) {
    failing.remove(stream);
  }

  /**
   * WB's limits allow only this many more requests of the stream: the ones after fail as a rate
   * limit the adapter cannot wait out, until {@link #unlimited}.
   */
  public synchronized void allowRequests(SyncStream stream, int requests) {
    allowed.put(stream, requests);
  }

  public synchronized void unlimited(SyncStream stream) {
    allowed.remove(stream);
  }

  public synchronized int absorbedFaults() {
    return absorbedFaults;
  }

  public synchronized int calls(SyncStream stream) {
    return calls.getOrDefault(stream, 0);
  }

  /**
   * Every {@code dateFrom} orders or sales were asked with, in whole seconds, oldest call first.
   */
  public synchronized List<Instant> dateFroms(SyncStream stream) {
    return List.copyOf(dateFroms.getOrDefault(stream, List.of()));
  }

  @Override
  public synchronized SellerAccount verify(ApiToken token) {
    Runnable meanwhile = beforeNextVerify;
    if (meanwhile != null) {
      beforeNextVerify = null;
      meanwhile.run();
    }
    if (unavailableForVerify) {
      throw new WbUnavailableException("WB answered 503");
    }
    CabinetId cabinet = FakeTokens.cabinetOf(token);
    SellerAccount account = accounts.get(cabinet);
    if (account == null || rejected.contains(cabinet)) {
      throw new WbTokenRejectedException("401 unauthorized: token problem");
    }
    return account;
  }

  @Override
  public synchronized WbPage<Order> ordersPage(WbAccess access, Instant dateFrom) {
    Instant from = askedFrom(SyncStream.ORDERS, dateFrom);
    CabinetData cabinet = call(access, SyncStream.ORDERS);
    return page(
        access,
        SyncStream.ORDERS,
        cabinet.orders().stream().filter(o -> !o.lastChangeDate().isBefore(from)).toList(),
        Order::lastChangeDate,
        from);
  }

  @Override
  public synchronized WbPage<Sale> salesPage(WbAccess access, Instant dateFrom) {
    Instant from = askedFrom(SyncStream.SALES, dateFrom);
    CabinetData cabinet = call(access, SyncStream.SALES);
    return page(
        access,
        SyncStream.SALES,
        cabinet.sales().stream().filter(s -> !s.lastChangeDate().isBefore(from)).toList(),
        Sale::lastChangeDate,
        from);
  }

  @Override
  public synchronized WbPage<StockLevel> stocks(WbAccess access) {
    CabinetData cabinet = call(access, SyncStream.STOCKS);
    return new WbPage<>(
        cabinet.stocks(), placed(access, SyncStream.STOCKS).stream().map(Placed::row).toList());
  }

  @Override
  public synchronized WbPage<Feedback> feedbacksPage(
      WbAccess access, FeedbackList list, int skip, int take) {
    CabinetData cabinet = call(access, SyncStream.FEEDBACKS);
    List<Feedback> source =
        list == FeedbackList.UNANSWERED ? cabinet.feedbacks() : cabinet.archive();
    List<Object> ordered = new ArrayList<>(source);
    if (list == FeedbackList.UNANSWERED) {
      ordered.addAll(placed(access, SyncStream.FEEDBACKS));
    }
    ordered.sort(Comparator.comparing(InMemoryWb::feedbackTime).reversed());
    return split(ordered.stream().skip(skip).limit(take).toList(), skip);
  }

  @Override
  public synchronized CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit) {
    CabinetData cabinet = call(access, SyncStream.CARDS);
    Comparator<ProductCard> order =
        Comparator.comparing(ProductCard::updatedAt).thenComparingLong(ProductCard::nmId);
    List<Object> ordered = new ArrayList<>(cabinet.cards().stream().sorted(order).toList());
    for (Placed bad : placed(access, SyncStream.CARDS)) {
      ordered.add(bad);
    }
    ordered.sort(Comparator.comparing(InMemoryWb::cardTime));
    List<Object> page =
        ordered.stream()
            .filter(item -> after.isEmpty() || isAfter(cursorOf(item), after.get()))
            .limit(limit)
            .toList();
    WbPage<ProductCard> split = split(page, 0);
    Optional<CardCursor> next =
        page.isEmpty() ? Optional.empty() : Optional.of(cursorOf(page.get(page.size() - 1)));
    return new CardsPage(split.rows(), next, page.size(), split.unreadable());
  }

  private List<Placed> placed(WbAccess access, SyncStream stream) {
    return unreadable.getOrDefault(access.cabinet(), Map.of()).getOrDefault(stream, List.of());
  }

  /** Orders or sales from {@code from} on, unreadable ones among them, ascending, one page. */
  private <T> WbPage<T> page(
      WbAccess access,
      SyncStream stream,
      List<T> rows,
      Function<T, Instant> changed,
      Instant from) {
    List<Object> ordered = new ArrayList<>(rows);
    for (Placed bad : placed(access, stream)) {
      if (!bad.at().isBefore(from)) {
        ordered.add(bad);
      }
    }
    @SuppressWarnings("unchecked")
    Function<Object, Instant> at =
        item -> item instanceof Placed bad ? bad.at() : changed.apply((T) item);
    ordered.sort(Comparator.comparing(at));
    return split(ordered.stream().limit(pageLimit).toList(), 0);
  }

  /** A page of rows and unreadable rows into a {@link WbPage}, positions counted from 1. */
  @SuppressWarnings("unchecked")
  private static <T> WbPage<T> split(List<Object> page, int skipped) {
    List<T> rows = new ArrayList<>();
    List<UnreadableRow> bad = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i) instanceof Placed placed) {
        UnreadableRow row = placed.row();
        bad.add(
            new UnreadableRow(
                skipped + i + 1, row.key(), row.lastChangeDate(), row.reason(), row.excerpt()));
      } else {
        rows.add((T) page.get(i));
      }
    }
    return new WbPage<>(rows, bad);
  }

  private static Instant feedbackTime(Object item) {
    return item instanceof Placed bad ? bad.at() : ((Feedback) item).createdDate();
  }

  private static Instant cardTime(Object item) {
    return item instanceof Placed bad ? bad.at() : ((ProductCard) item).updatedAt();
  }

  private static CardCursor cursorOf(Object item) {
    return item instanceof Placed bad
        ? new CardCursor(bad.at(), Long.MAX_VALUE)
        : new CardCursor(((ProductCard) item).updatedAt(), ((ProductCard) item).nmId());
  }

  private static boolean isAfter(CardCursor card, CardCursor cursor) {
    int byTime = card.updatedAt().compareTo(cursor.updatedAt());
    return byTime > 0 || (byTime == 0 && card.nmId() > cursor.nmId());
  }

  private static boolean opens(ApiToken token, TokenCategory category) {
    var open = TokenInspector.categoriesOf(token);
    return open.isEmpty() || open.contains(category); // a token that does not read: not judged here
  }

  /** The adapter sends {@code dateFrom} to the second. */
  private Instant askedFrom(SyncStream stream, Instant dateFrom) {
    Instant from = dateFrom.truncatedTo(ChronoUnit.SECONDS);
    dateFroms.computeIfAbsent(stream, s -> new ArrayList<>()).add(from);
    return from;
  }

  private CabinetData call(WbAccess access, SyncStream stream) {
    calls.merge(stream, 1, Integer::sum);
    Runnable meanwhile = beforeNextCall;
    if (meanwhile != null) {
      beforeNextCall = null;
      meanwhile.run();
    }
    if (rejected.contains(access.cabinet()) || rejectedTokens.contains(access.token())) {
      throw new WbTokenRejectedException("401 unauthorized");
    }
    if (!opens(access.token(), StreamCategories.of(stream))) {
      // As WB: each host demands its category's bit in the token's s claim.
      throw new WbTokenRejectedException("401 unauthorized: token scope not allowed");
    }
    Deque<Integer> pending = faults.get(stream);
    while (pending != null && !pending.isEmpty()) {
      pending.poll();
      absorbedFaults++;
    }
    String failure = failing.get(stream);
    if (failure != null) {
      throw new WbUnavailableException(failure);
    }
    Integer left = allowed.computeIfPresent(stream, (s, n) -> n - 1);
    if (left != null && left < 0) {
      throw new WbLimitReachedException(
          stream + ": WB's rate limit allows this account's next request later");
    }
    return data.getOrDefault(access.cabinet(), CabinetData.empty());
  }

  /** Lists of what WB holds, for tests that grow a cabinet round by round. */
  public static <T> List<T> plus(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
