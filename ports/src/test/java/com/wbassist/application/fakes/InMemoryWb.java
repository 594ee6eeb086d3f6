package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbMarketData;
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
import com.wbassist.domain.sync.SyncStream;
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

/**
 * WB in memory, serving each cabinet's data the way WB pages it: {@code lastChangeDate >= dateFrom}
 * ascending with a page limit ({@code dateFrom} in whole seconds, as the adapter sends it), reviews
 * newest first, cards by cursor. Injected 429/5xx faults are absorbed as the real adapter's retries
 * absorb them (and counted); {@link #failStream} plays a fault that outlasts the retries, and
 * {@link #allowRequests} WB's limits allowing only so many requests.
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
  private final Set<CabinetId> rejected = new HashSet<>();
  private final Set<ApiToken> rejectedTokens = new HashSet<>();
  private Runnable beforeNextCall;
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
  public synchronized List<Order> ordersPage(WbAccess access, Instant dateFrom) {
    Instant from = askedFrom(SyncStream.ORDERS, dateFrom);
    CabinetData cabinet = call(access, SyncStream.ORDERS);
    return cabinet.orders().stream()
        .filter(o -> !o.lastChangeDate().isBefore(from))
        .sorted(Comparator.comparing(Order::lastChangeDate))
        .limit(pageLimit)
        .toList();
  }

  @Override
  public synchronized List<Sale> salesPage(WbAccess access, Instant dateFrom) {
    Instant from = askedFrom(SyncStream.SALES, dateFrom);
    CabinetData cabinet = call(access, SyncStream.SALES);
    return cabinet.sales().stream()
        .filter(s -> !s.lastChangeDate().isBefore(from))
        .sorted(Comparator.comparing(Sale::lastChangeDate))
        .limit(pageLimit)
        .toList();
  }

  @Override
  public synchronized List<StockLevel> stocks(WbAccess access) {
    return call(access, SyncStream.STOCKS).stocks();
  }

  @Override
  public synchronized List<Feedback> feedbacksPage(
      WbAccess access, FeedbackList list, int skip, int take) {
    CabinetData cabinet = call(access, SyncStream.FEEDBACKS);
    List<Feedback> source =
        list == FeedbackList.UNANSWERED ? cabinet.feedbacks() : cabinet.archive();
    return source.stream()
        .sorted(Comparator.comparing(Feedback::createdDate).reversed())
        .skip(skip)
        .limit(take)
        .toList();
  }

  @Override
  public synchronized CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit) {
    CabinetData cabinet = call(access, SyncStream.CARDS);
    Comparator<ProductCard> order =
        Comparator.comparing(ProductCard::updatedAt).thenComparingLong(ProductCard::nmId);
    List<ProductCard> page =
        cabinet.cards().stream()
            .sorted(order)
            .filter(card -> after.isEmpty() || isAfter(card, after.get()))
            .limit(limit)
            .toList();
    Optional<CardCursor> next =
        page.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new CardCursor(
                    page.get(page.size() - 1).updatedAt(), page.get(page.size() - 1).nmId()));
    return new CardsPage(page, next, page.size());
  }

  private static boolean isAfter(ProductCard card, CardCursor cursor) {
    int byTime = card.updatedAt().compareTo(cursor.updatedAt());
    return byTime > 0 || (byTime == 0 && card.nmId() > cursor.nmId());
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
      throw new WbUnavailableException(
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
