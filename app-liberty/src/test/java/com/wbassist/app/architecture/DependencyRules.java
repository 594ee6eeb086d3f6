package com.wbassist.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The dependency rule of docs/architecture.md, one factory per kind of sentence. */
final class DependencyRules {
  static final GuardedPackage DOMAIN = new GuardedPackage("com.wbassist.domain");
  static final GuardedPackage PORTS = new GuardedPackage("com.wbassist.application");
  static final GuardedPackage WB_ADAPTER = new GuardedPackage("com.wbassist.adapter.wb");
  static final GuardedPackage PERSISTENCE_ADAPTER =
      new GuardedPackage("com.wbassist.adapter.persistence");
  static final GuardedPackage TELEGRAM_ADAPTER =
      new GuardedPackage("com.wbassist.adapter.telegram");
  static final GuardedPackage APP = new GuardedPackage("com.wbassist.app");

  /** A tool beside the product (docs/decisions/0602-the-sandbox-beside-the-product.md). */
  static final GuardedPackage SANDBOX = new GuardedPackage("com.wbassist.sandbox");

  static final List<GuardedPackage> ADAPTERS =
      List.of(WB_ADAPTER, PERSISTENCE_ADAPTER, TELEGRAM_ADAPTER);

  private DependencyRules() {}

  /**
   * Classes in {@code subject} use the JDK ({@code java..}), themselves and {@code allowed} only.
   */
  static GuardedRule dependsOnlyOnTheJdkAnd(GuardedPackage subject, GuardedPackage... allowed) {
    List<String> patterns = new ArrayList<>(List.of("java..", subject.pattern()));
    Stream.of(allowed).map(GuardedPackage::pattern).forEach(patterns::add);
    List<GuardedPackage> guarded = new ArrayList<>(List.of(subject));
    guarded.addAll(List.of(allowed));
    return new GuardedRule(
        classes()
            .that()
            .resideInAPackage(subject.pattern())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(patterns.toArray(String[]::new)),
        guarded);
  }

  /** No class in {@code subject} uses any class in {@code forbidden}. */
  static GuardedRule neverDependsOn(GuardedPackage subject, GuardedPackage forbidden) {
    return new GuardedRule(
        noClasses()
            .that()
            .resideInAPackage(subject.pattern())
            .should()
            .dependOnClassesThat()
            .resideInAPackage(forbidden.pattern()),
        List.of(subject, forbidden));
  }
}
