package com.wbassist.app.extension;

import java.util.Set;

/**
 * REST resources a tool beside the application adds to it, found with {@link
 * java.util.ServiceLoader}. A provider answers an empty set when it must not be served (the sandbox
 * outside sandbox mode), so a production server answers none of its paths.
 */
public interface RestResources {
  Set<Class<?>> resources();
}
