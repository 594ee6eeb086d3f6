package com.wbassist.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.market.CardPhoto;
import com.wbassist.domain.market.CardSize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the adapter stores: outbox event payloads and card photos and sizes. Exact round trips:
 * money as strings (a BigDecimal keeps its scale), instants as ISO-8601 strings (nanoseconds kept).
 * The event's type is a column of its own, so the payload carries no type tag.
 */
final class EventJson {
  private static final Map<EventType, Class<? extends MarketEvent>> CLASSES =
      new EnumMap<>(
          Map.of(
              EventType.NEW_ORDER, OrderPlaced.class,
              EventType.ORDER_CANCELLED, OrderCancelled.class,
              EventType.BUYOUT, ProductBoughtOut.class,
              EventType.RETURN, ProductReturned.class,
              EventType.NEGATIVE_REVIEW, NegativeReviewPosted.class,
              EventType.CRITICAL_STOCK, StockRanLow.class));

  private static final TypeReference<List<CardPhoto>> PHOTOS = new TypeReference<>() {};
  private static final TypeReference<List<CardSize>> SIZES = new TypeReference<>() {};

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(
              new SimpleModule("instants")
                  .addSerializer(Instant.class, new InstantWriter())
                  .addDeserializer(Instant.class, new InstantReader()))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  EventJson() {
    mapper
        .configOverride(BigDecimal.class)
        .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
  }

  String write(MarketEvent event) {
    return toJson(event);
  }

  MarketEvent read(String type, String json) {
    return fromJson(json, mapper.constructType(CLASSES.get(EventType.valueOf(type))));
  }

  String photos(List<CardPhoto> photos) {
    return toJson(photos);
  }

  List<CardPhoto> photos(String json) {
    return fromJson(json, mapper.getTypeFactory().constructType(PHOTOS));
  }

  String sizes(List<CardSize> sizes) {
    return toJson(sizes);
  }

  List<CardSize> sizes(String json) {
    return fromJson(json, mapper.getTypeFactory().constructType(SIZES));
  }

  private String toJson(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T fromJson(String json, com.fasterxml.jackson.databind.JavaType type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored JSON does not read as " + type + ": " + e.getOriginalMessage(), e);
    }
  }

  private static final class InstantWriter extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeString(value.toString());
    }
  }

  private static final class InstantReader extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser json, DeserializationContext context) throws IOException {
      return Instant.parse(json.getValueAsString());
    }
  }
}
