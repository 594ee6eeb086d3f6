package com.wbassist.app.architecture;

import static com.wbassist.app.architecture.DependencyRules.ADAPTERS;
import static com.wbassist.app.architecture.DependencyRules.APP;
import static com.wbassist.app.architecture.DependencyRules.DOMAIN;
import static com.wbassist.app.architecture.DependencyRules.PORTS;
import static com.wbassist.app.architecture.DependencyRules.SANDBOX;
import static com.wbassist.app.architecture.DependencyRules.dependsOnlyOnTheJdkAnd;
import static com.wbassist.app.architecture.DependencyRules.neverDependsOn;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rule across every module (the Maven graph holds it too: no module's pom names what
 * it must not see). Each rule fails when a package it names holds no class: see GuardedRuleTest.
 */
class DependencyRuleTest {

  @Test
  @DisplayName("the domain core depends on the JDK only")
  void domainCore() {
    dependsOnlyOnTheJdkAnd(DOMAIN).check(ProjectClasses.ALL);
  }

  @Test
  @DisplayName("the ports depend on the domain core and the JDK only")
  void ports() {
    dependsOnlyOnTheJdkAnd(PORTS, DOMAIN).check(ProjectClasses.ALL);
  }

  @ParameterizedTest(name = "{0} never depends on {1}")
  @MethodSource("adapterPairs")
  @DisplayName("adapters never depend on each other")
  void adaptersStayApart(GuardedPackage adapter, GuardedPackage otherAdapter) {
    neverDependsOn(adapter, otherAdapter).check(ProjectClasses.ALL);
  }

  @ParameterizedTest(name = "{0} never depends on the app")
  @MethodSource("everythingButTheApp")
  @DisplayName("only the app sees the app: it wires everything, nothing knows it")
  void nothingKnowsTheApp(GuardedPackage module) {
    neverDependsOn(module, APP).check(ProjectClasses.ALL);
  }

  @ParameterizedTest(name = "{0} never depends on the sandbox")
  @MethodSource("theProduct")
  @DisplayName("the product never depends on the sandbox: the sandbox plugs itself in")
  void sandboxStaysBeside(GuardedPackage module) {
    neverDependsOn(module, SANDBOX).check(ProjectClasses.ALL);
  }

  static Stream<GuardedPackage> theProduct() {
    return Stream.concat(everythingButTheApp(), Stream.of(APP));
  }

  static Stream<Arguments> adapterPairs() {
    return ADAPTERS.stream()
        .flatMap(
            adapter ->
                ADAPTERS.stream()
                    .filter(other -> !other.equals(adapter))
                    .map(other -> Arguments.of(adapter, other)));
  }

  static Stream<GuardedPackage> everythingButTheApp() {
    return Stream.concat(Stream.of(DOMAIN, PORTS), ADAPTERS.stream());
  }
}
