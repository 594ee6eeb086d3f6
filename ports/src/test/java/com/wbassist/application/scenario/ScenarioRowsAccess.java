package com.wbassist.application.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a scenario's {@code wb} object (as JSON text) into what the in-memory WB holds. */
public final class ScenarioRowsAccess {
  private ScenarioRowsAccess() {}

  public static CabinetData read(String wbStateJson) {
    try {
      return ScenarioRows.of(new ObjectMapper().readTree(wbStateJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
