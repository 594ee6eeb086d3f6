package com.wbassist.application.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a scenario round's WB JSON into the model, for the in-memory WB. (The real chain reads the
 * same JSON through the WB sandbox and the WB adapter; this is the test's own, simpler reading.)
 */
final class ScenarioRows {
  private static final String NEVER = "0001-01-01T00:00:00";

  private ScenarioRows() {}

  static CabinetData of(JsonNode wb) {
    return new CabinetData(
        list(wb.path("orders"), ScenarioRows::order),
        list(wb.path("sales"), ScenarioRows::sale),
        list(wb.path("stocks"), ScenarioRows::stock),
        list(wb.path("feedbacks"), ScenarioRows::feedback),
        list(wb.path("archive"), ScenarioRows::feedback),
        list(wb.path("cards"), ScenarioRows::card));
  }

  static Instant moscow(String local) {
    return MoscowTime.toInstant(LocalDateTime.parse(local));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader) {
    List<T> rows = new ArrayList<>();
    array.forEach(node -> rows.add(reader.apply(node)));
    return rows;
  }

  private static Product product(JsonNode n) {
    return new Product(
        n.path("nmId").asLong(),
        n.path("supplierArticle").asText(),
        n.path("techSize").asText(),
        n.path("barcode").asText(),
        n.path("subject").asText(),
        n.path("category").asText(),
        n.path("brand").asText());
  }

  private static Place place(JsonNode n) {
    return new Place(
        n.path("warehouseName").asText(),
        n.path("warehouseType").asText(),
        n.path("regionName").asText(),
        n.path("oblastOkrugName").asText(),
        n.path("countryName").asText());
  }

  private static Prices prices(JsonNode n) {
    return new Prices(
        n.path("totalPrice").decimalValue(),
        n.path("discountPercent").asInt(),
        n.path("spp").decimalValue(),
        n.path("finishedPrice").decimalValue(),
        n.path("priceWithDisc").decimalValue(),
        n.has("forPay") ? n.path("forPay").decimalValue() : BigDecimal.ZERO);
  }

  private static Order order(JsonNode n) {
    String cancelDate = n.path("cancelDate").asText(NEVER);
    return new Order(
        n.path("srid").asText(),
        n.path("gNumber").asText(),
        moscow(n.path("date").asText()),
        moscow(n.path("lastChangeDate").asText()),
        product(n),
        place(n),
        prices(n),
        n.path("isCancel").asBoolean(),
        cancelDate.isEmpty() || cancelDate.startsWith("0001") ? null : moscow(cancelDate));
  }

  private static Sale sale(JsonNode n) {
    return new Sale(
        n.path("saleID").asText(),
        n.path("srid").asText(),
        n.path("gNumber").asText(),
        moscow(n.path("date").asText()),
        moscow(n.path("lastChangeDate").asText()),
        product(n),
        place(n),
        prices(n));
  }

  private static StockLevel stock(JsonNode n) {
    return new StockLevel(
        new SizeKey(n.path("nmId").asLong(), n.path("chrtId").asLong()),
        n.path("warehouseId").asLong(),
        n.path("warehouseName").asText(),
        n.path("regionName").asText(),
        n.path("quantity").asInt(),
        n.path("inWayToClient").asInt(),
        n.path("inWayFromClient").asInt());
  }

  private static Feedback feedback(JsonNode n) {
    JsonNode p = n.path("productDetails");
    return new Feedback(
        n.path("id").asText(),
        n.path("productValuation").asInt(),
        n.path("text").asText(),
        n.path("pros").asText(),
        n.path("cons").asText(),
        OffsetDateTime.parse(n.path("createdDate").asText()).toInstant(),
        new FeedbackProduct(
            p.path("nmId").asLong(),
            p.path("imtId").asLong(),
            p.path("productName").asText(),
            p.path("supplierArticle").asText(),
            p.path("brandName").asText(),
            p.path("size").asText()),
        n.path("userName").asText());
  }

  private static ProductCard card(JsonNode n) {
    List<CardPhoto> photos =
        list(
            n.path("photos"),
            p ->
                new CardPhoto(
                    p.path("big").asText(null),
                    p.path("c516x688").asText(null),
                    p.path("square").asText(null),
                    p.path("tm").asText(null)));
    List<CardSize> sizes =
        list(
            n.path("sizes"),
            s ->
                new CardSize(
                    s.path("chrtID").asLong(),
                    s.path("techSize").asText(),
                    s.path("wbSize").asText(),
                    list(s.path("skus"), JsonNode::asText)));
    return new ProductCard(
        n.path("nmID").asLong(),
        n.path("imtID").asLong(),
        n.path("subjectName").asText(),
        n.path("vendorCode").asText(),
        n.path("brand").asText(),
        n.path("title").asText(),
        photos,
        sizes,
        Instant.parse(n.path("updatedAt").asText()));
  }
}
