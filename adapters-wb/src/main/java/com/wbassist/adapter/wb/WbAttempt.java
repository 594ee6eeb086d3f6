package com.wbassist.adapter.wb;

/** One request to WB and the reading of its answer: what fault tolerance retries. */
@FunctionalInterface
interface WbAttempt<T> {
  T run();
}
