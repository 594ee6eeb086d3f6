package com.wbassist.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ports module uses the JDK and the core only (System.Logger for logging), ports are
 * interfaces, and services take time from a Clock. Rules fail when the package they guard holds no
 * class (ArchUnit's default, kept on).
 */
class PortsArchitectureTest {
  private static final JavaClasses PORTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.wbassist.application");

  static ArchRule usesJdkAndCoreOnly(String packageName) {
    return classes()
        .that()
        .resideInAPackage(packageName)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.wbassist.domain..", "com.wbassist.application..")
        .because(
            "a Spring or Quarkus team plugs its own adapters into these use cases with no Jakarta class around");
  }

  static ArchRule portsAreInterfaces(String packageName) {
    return classes()
        .that()
        .resideInAPackage(packageName)
        .and()
        .haveSimpleNameNotEndingWith("Exception")
        .and()
        .areNotRecords()
        .and()
        .areNotEnums()
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .beInterfaces();
  }

  @Test
  @DisplayName("inbound ports, outbound ports and services use the JDK and the core only")
  void jdkAndCoreOnly() {
    usesJdkAndCoreOnly("com.wbassist.application.port.in..").check(PORTS);
    usesJdkAndCoreOnly("com.wbassist.application.port.out..").check(PORTS);
    usesJdkAndCoreOnly("com.wbassist.application.service..").check(PORTS);
  }

  @Test
  @DisplayName("ports are small interfaces (with their records and exceptions)")
  void portsAreInterfaces() {
    portsAreInterfaces("com.wbassist.application.port.in..").check(PORTS);
    portsAreInterfaces("com.wbassist.application.port.out..").check(PORTS);
  }

  @Test
  @DisplayName("services never read the wall clock")
  void clockOnly() {
    noClasses()
        .that()
        .resideInAPackage("com.wbassist.application..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(PORTS);
  }

  @Test
  @DisplayName("each rule fails when the package it guards is empty or misnamed")
  void rulesFailOnAnEmptyPackage() {
    assertThrows(
        AssertionError.class,
        () -> usesJdkAndCoreOnly("com.wbassist.application.prot.in..").check(PORTS));
    assertThrows(
        AssertionError.class,
        () -> portsAreInterfaces("com.wbassist.application.prot.out..").check(PORTS));
  }
}
