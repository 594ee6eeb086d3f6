package com.wbassist.app.api;

import java.util.List;

/**
 * A page of a list, oldest first. {@code next} is the cursor of the following page (pass it as
 * {@code ?cursor=}); {@code null} on the last page.
 */
public record PageJson<T>(List<T> items, String next) {}
