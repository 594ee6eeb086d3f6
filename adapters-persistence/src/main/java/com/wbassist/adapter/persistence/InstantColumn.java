package com.wbassist.adapter.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as {@code timestamptz} through JPA 3.1, which maps OffsetDateTime but not Instant.
 * Public only because the JPA provider instantiates it reflectively.
 */
@Converter
public class InstantColumn implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant value) {
    return value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
