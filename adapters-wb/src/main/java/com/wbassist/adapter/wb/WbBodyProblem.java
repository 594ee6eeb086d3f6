package com.wbassist.adapter.wb;

/**
 * What is wrong with a body a reader cannot use, e.g. "row 17: srid is missing"; becomes a
 * malformed-response error.
 */
final class WbBodyProblem extends RuntimeException {
  WbBodyProblem(String problem) {
    super(problem, null, false, false);
  }
}
