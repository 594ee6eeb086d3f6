package com.wbassist.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  @DisplayName("an executor that refuses the work does not leave it believed running")
  void refusedHandOff() {
    SingleFlight flight = new SingleFlight(runs::incrementAndGet);
    Executor refusing =
        task -> {
          throw new RejectedExecutionException("the server is stopping");
        };
    assertThrows(RejectedExecutionException.class, () -> flight.soon(refusing));
    assertFalse(flight.isRunning());
    flight.soon(Runnable::run);
    assertEquals(1, runs.get(), "the next request runs");
  }

  @Test
  @DisplayName("work that throws clears the flag: the next request runs it again")
  void failingWork() {
    SingleFlight flight =
        new SingleFlight(
            () -> {
              runs.incrementAndGet();
              throw new IllegalStateException("database away");
            });
    assertThrows(IllegalStateException.class, flight::now);
    assertFalse(flight.isRunning());
    assertThrows(IllegalStateException.class, flight::now);
    assertEquals(2, runs.get());
  }

  @Test
  @DisplayName("requests while a run is under way fold into one more run")
  void folding() {
    List<Runnable> queued = new ArrayList<>();
    SingleFlight[] flight = new SingleFlight[1];
    flight[0] =
        new SingleFlight(
            () -> {
              if (runs.incrementAndGet() == 1) {
                flight[0].soon(queued::add);
                flight[0].now();
                flight[0].soon(queued::add);
              }
            });
    flight[0].now();
    assertEquals(2, runs.get(), "one more run for the three requests made during the first");
    assertEquals(List.of(), queued, "nothing handed to the executor while running");
    assertFalse(flight[0].isRunning());
  }
}
