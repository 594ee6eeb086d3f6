package com.wbassist.app.api;

/** A request of the sellers' API that cannot be answered as asked; mapped to a problem. */
public class ApiProblemException extends RuntimeException {
  private final String kind;
  private final String title;
  private final int status;

  public ApiProblemException(String kind, String title, int status, String detail) {
    super(detail);
    this.kind = kind;
    this.title = title;
    this.status = status;
  }

  public static ApiProblemException badParameter(String detail) {
    return new ApiProblemException("bad-parameter", "A parameter is not valid", 400, detail);
  }

  public static ApiProblemException notFound(String detail) {
    return new ApiProblemException("not-found", "Not found", 404, detail);
  }

  String kind() {
    return kind;
  }

  String title() {
    return title;
  }

  int status() {
    return status;
  }
}
