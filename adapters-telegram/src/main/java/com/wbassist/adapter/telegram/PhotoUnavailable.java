package com.wbassist.adapter.telegram;

/** A card photo could not be fetched: the notification goes as text. */
final class PhotoUnavailable extends RuntimeException {
  PhotoUnavailable(String reason) {
    super(reason);
  }
}
