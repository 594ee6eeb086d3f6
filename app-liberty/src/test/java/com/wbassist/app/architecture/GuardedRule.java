package com.wbassist.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * An ArchUnit rule that refuses to pass vacuously: before it is checked, every package it names —
 * the ones it constrains and the ones it forbids or allows — must hold classes.
 */
final class GuardedRule {
  private final ArchRule rule;
  private final List<GuardedPackage> packages;

  GuardedRule(ArchRule rule, List<GuardedPackage> packages) {
    this.rule = rule.allowEmptyShould(false);
    this.packages = List.copyOf(packages);
  }

  void check(JavaClasses classes) {
    packages.forEach(guarded -> guarded.requireClassesIn(classes));
    rule.check(classes);
  }

  @Override
  public String toString() {
    return rule.getDescription();
  }
}
