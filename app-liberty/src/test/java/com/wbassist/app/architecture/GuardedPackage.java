package com.wbassist.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * A package an architecture rule is about, with everything below it. A rule over a package that
 * holds no class checks nothing and passes, so a misnamed or emptied package would switch a rule
 * off silently; {@link #requireClassesIn} turns that into a failure. A {@code package-info} is not
 * code and does not count.
 */
record GuardedPackage(String name) {

  /** The ArchUnit pattern for this package and its subpackages. */
  String pattern() {
    return name + "..";
  }

  void requireClassesIn(JavaClasses classes) {
    if (classes.stream().noneMatch(this::holds)) {
      throw new AssertionError(
          "no class in "
              + pattern()
              + ": a rule about it would pass without checking anything (misnamed or emptied package?)");
    }
  }

  private boolean holds(JavaClass javaClass) {
    String packageName = javaClass.getPackageName();
    boolean inside = packageName.equals(name) || packageName.startsWith(name + ".");
    return inside && !javaClass.getSimpleName().equals("package-info");
  }
}
