package com.wbassist.domain.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product card from the content API: the names, photos and sizes a notification shows.
 *
 * @param nmId WB article
 * @param imtId the card group
 * @param subjectName WB subject
 * @param vendorCode the seller's article
 * @param brand brand
 * @param title the product title
 * @param photos photos, first is the main one
 * @param sizes sizes with their {@code chrtId}
 * @param updatedAt when the card last changed: the cursor key
 */
public record ProductCard(
    long nmId,
    long imtId,
    String subjectName,
    String vendorCode,
    String brand,
    String title,
    List<CardPhoto> photos,
    List<CardSize> sizes,
    Instant updatedAt) {

  public ProductCard {
    Objects.requireNonNull(updatedAt, "updatedAt");
    subjectName = Text.orEmpty(subjectName);
    vendorCode = Text.orEmpty(vendorCode);
    brand = Text.orEmpty(brand);
    title = Text.orEmpty(title);
    photos = photos == null ? List.of() : List.copyOf(photos);
    sizes = sizes == null ? List.of() : List.copyOf(sizes);
  }

  /** The main photo's URL in a size fit for a chat, if the card has a photo. */
  public Optional<String> mainPhotoUrl() {
    return photos.stream().map(CardPhoto::forChat).filter(Objects::nonNull).findFirst();
  }

  public Optional<CardSize> size(long chrtId) {
    return sizes.stream().filter(s -> s.chrtId() == chrtId).findFirst();
  }
}
