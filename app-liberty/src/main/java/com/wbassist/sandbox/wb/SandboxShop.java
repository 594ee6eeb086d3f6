package com.wbassist.sandbox.wb;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One seller account in the sandbox's WB: who it is, everything WB holds for it right now (the
 * scenario format's {@code wb} object: orders, sales, stocks, feedbacks, archive, cards), and
 * faults waiting to be answered.
 */
public final class SandboxShop {
  private final String sid;
  private final String name;
  private final String tradeMark;
  private volatile JsonObject data = Json.createObjectBuilder().build();
  private volatile SandboxPace pace = SandboxPace.UNHURRIED;
  private final Map<String, Deque<Integer>> faults = new ConcurrentHashMap<>();

  public SandboxShop(String sid, String name, String tradeMark) {
    this.sid = sid;
    this.name = name;
    this.tradeMark = tradeMark == null ? "" : tradeMark;
  }

  public String sid() {
    return sid;
  }

  public String name() {
    return name;
  }

  public String tradeMark() {
    return tradeMark;
  }

  /** Replaces everything WB holds for the shop. */
  public void holds(JsonObject wb) {
    this.data = wb;
  }

  public JsonObject data() {
    return data;
  }

  /** How this shop's WB answers: how many statistics rows a page holds, and how slowly. */
  public void answers(SandboxPace pace) {
    this.pace = pace;
  }

  public SandboxPace pace() {
    return pace;
  }

  JsonArray rows(String list) {
    JsonArray rows = data.getJsonArray(list);
    return rows == null ? JsonArray.EMPTY_JSON_ARRAY : rows;
  }

  /**
   * The next calls of a stream ({@code ORDERS}, {@code SALES}, {@code STOCKS}, {@code FEEDBACKS},
   * {@code CARDS}) answer these statuses first.
   */
  public void inject(String stream, Iterable<Integer> statuses) {
    Deque<Integer> queue = faults.computeIfAbsent(stream, s -> new ArrayDeque<>());
    synchronized (queue) {
      statuses.forEach(queue::add);
    }
  }

  Integer nextFault(String stream) {
    Deque<Integer> queue = faults.get(stream);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.poll();
    }
  }

  public int pendingFaults() {
    return faults.values().stream()
        .mapToInt(
            q -> {
              synchronized (q) {
                return q.size();
              }
            })
        .sum();
  }
}
