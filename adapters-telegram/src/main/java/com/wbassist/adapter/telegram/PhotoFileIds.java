package com.wbassist.adapter.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code file_id}s Telegram gave uploaded photos, by photo URL, so each card photo is uploaded
 * once. Bounded.
 */
final class PhotoFileIds {
  private final Map<String, String> ids;

  PhotoFileIds(int capacity) {
    this.ids =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<String> find(String photoUrl) {
    return Optional.ofNullable(ids.get(photoUrl));
  }

  synchronized void remember(String photoUrl, String fileId) {
    if (fileId != null && !fileId.isBlank()) {
      ids.put(photoUrl, fileId);
    }
  }

  synchronized void forget(String photoUrl) {
    ids.remove(photoUrl);
  }

  synchronized int size() {
    return ids.size();
  }
}
