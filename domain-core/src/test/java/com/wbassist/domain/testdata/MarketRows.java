package com.wbassist.domain.testdata;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardPhoto;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.FeedbackProduct;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Test-data builders for WB rows, with sensible defaults so a test names only what its rule is
 * about.
 */
public final class MarketRows {
  public static final CabinetId CABINET = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");

  private MarketRows() {}

  /** A naive Moscow time as WB writes it, e.g. {@code "2026-11-18T09:00:00"}. */
  public static Instant moscow(String local) {
    return MoscowTime.toInstant(LocalDateTime.parse(local));
  }

  public static OrderBuilder order(String srid) {
    return new OrderBuilder(srid);
  }

  public static SaleBuilder sale(String saleId) {
    return new SaleBuilder(saleId);
  }

  public static FeedbackBuilder feedback(String id) {
    return new FeedbackBuilder(id);
  }

  public static StockLevel stock(
      long nmId, long chrtId, long warehouseId, String warehouse, int quantity) {
    return new StockLevel(
        new SizeKey(nmId, chrtId), warehouseId, warehouse, "Центральный", quantity, 0, 0);
  }

  public static ProductCard card(long nmId, String title, String photoUrl, CardSize... sizes) {
    List<CardPhoto> photos =
        photoUrl == null
            ? List.of()
            : List.of(new CardPhoto(photoUrl, photoUrl, photoUrl, photoUrl));
    return new ProductCard(
        nmId,
        500_000_000L + nmId,
        "Платья",
        "ART-" + nmId,
        "Лето",
        title,
        photos,
        List.of(sizes),
        moscow("2026-10-01T12:00:00"));
  }

  public static CardSize size(long chrtId, String techSize) {
    return new CardSize(chrtId, techSize, techSize, List.of("20000000" + chrtId));
  }

  public static Product product(long nmId) {
    return new Product(nmId, "DRESS-01", "42", "2000000000301", "Платья", "Одежда", "Лето");
  }

  public static Place koledino() {
    return new Place(
        "Коледино", "Склад WB", "Московская", "Центральный федеральный округ", "Россия");
  }

  public static Prices prices(String priceWithDisc, String forPay) {
    return new Prices(
        new BigDecimal("2400"),
        38,
        new BigDecimal("21"),
        new BigDecimal("1185"),
        new BigDecimal(priceWithDisc),
        new BigDecimal(forPay));
  }

  /** Builds an order row. */
  public static final class OrderBuilder {
    private final String srid;
    private Instant date = moscow("2026-11-18T09:05:00");
    private Instant lastChange;
    private long nmId = 101001;
    private boolean cancelled;
    private Instant cancelDate;
    private Place place = koledino();
    private Product product;
    private String price = "1500";

    OrderBuilder(String srid) {
      this.srid = srid;
    }

    public OrderBuilder date(String moscowLocal) {
      this.date = moscow(moscowLocal);
      return this;
    }

    public OrderBuilder changed(String moscowLocal) {
      this.lastChange = moscow(moscowLocal);
      return this;
    }

    public OrderBuilder nmId(long nmId) {
      this.nmId = nmId;
      return this;
    }

    public OrderBuilder cancelled(String moscowLocal) {
      this.cancelled = true;
      this.cancelDate = moscowLocal == null ? null : moscow(moscowLocal);
      return this;
    }

    public OrderBuilder place(Place place) {
      this.place = place;
      return this;
    }

    public OrderBuilder product(Product product) {
      this.product = product;
      return this;
    }

    public OrderBuilder price(String priceWithDisc) {
      this.price = priceWithDisc;
      return this;
    }

    public Order build() {
      return new Order(
          srid,
          "g-" + srid,
          date,
          lastChange == null ? date : lastChange,
          product == null ? MarketRows.product(nmId) : product,
          place,
          prices(price, "0"),
          cancelled,
          cancelDate);
    }
  }

  /** Builds a sales row. */
  public static final class SaleBuilder {
    private final String saleId;
    private Instant date = moscow("2026-11-18T09:25:00");
    private Instant lastChange;
    private long nmId = 101001;
    private String price = "1500";
    private String forPay = "1200";

    SaleBuilder(String saleId) {
      this.saleId = saleId;
    }

    public SaleBuilder date(String moscowLocal) {
      this.date = moscow(moscowLocal);
      return this;
    }

    public SaleBuilder changed(String moscowLocal) {
      this.lastChange = moscow(moscowLocal);
      return this;
    }

    public SaleBuilder nmId(long nmId) {
      this.nmId = nmId;
      return this;
    }

    public SaleBuilder money(String priceWithDisc, String forPay) {
      this.price = priceWithDisc;
      this.forPay = forPay;
      return this;
    }

    public Sale build() {
      return new Sale(
          saleId,
          "srid-" + saleId,
          "g-" + saleId,
          date,
          lastChange == null ? date : lastChange,
          product(nmId),
          koledino(),
          prices(price, forPay));
    }
  }

  /** Builds a review. */
  public static final class FeedbackBuilder {
    private final String id;
    private int stars = 2;
    private Instant created = moscow("2026-11-18T09:12:00");
    private String text = "Не подошёл размер";
    private String pros = "";
    private String cons = "";
    private long nmId = 101001;

    FeedbackBuilder(String id) {
      this.id = id;
    }

    public FeedbackBuilder stars(int stars) {
      this.stars = stars;
      return this;
    }

    public FeedbackBuilder created(String moscowLocal) {
      this.created = moscow(moscowLocal);
      return this;
    }

    public FeedbackBuilder text(String text, String pros, String cons) {
      this.text = text;
      this.pros = pros;
      this.cons = cons;
      return this;
    }

    public FeedbackBuilder nmId(long nmId) {
      this.nmId = nmId;
      return this;
    }

    public Feedback build() {
      return new Feedback(
          id,
          stars,
          text,
          pros,
          cons,
          created,
          new FeedbackProduct(nmId, 500_000_000L + nmId, "Платье летнее", "DRESS-01", "Лето", "42"),
          "Покупатель");
    }
  }
}
