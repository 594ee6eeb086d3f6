package com.wbassist.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The core depends on the JDK only and never reads the wall clock. ArchUnit fails a rule that
 * checked no class at all (its default since 1.0, kept on here), so a misnamed or emptied package
 * fails instead of passing silently — the last test proves it.
 */
class DomainCoreArchitectureTest {
  private static final String CORE = "com.wbassist.domain..";
  private static final JavaClasses CORE_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.wbassist.domain");

  static ArchRule dependsOnTheJdkOnly(String corePackage) {
    return classes()
        .that()
        .resideInAPackage(corePackage)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", corePackage)
        .because("other teams reuse the core with no framework on their classpath");
  }

  static ArchRule neverReadsTheWallClock(String corePackage) {
    return noClasses()
        .that()
        .resideInAPackage(corePackage)
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .because("time comes from a Clock passed in, so rules are testable and replayable");
  }

  @Test
  @DisplayName("the domain core depends on nothing but the JDK")
  void jdkOnly() {
    dependsOnTheJdkOnly(CORE).check(CORE_CLASSES);
  }

  @Test
  @DisplayName("the domain core never reads the wall clock")
  void noWallClock() {
    neverReadsTheWallClock(CORE).check(CORE_CLASSES);
  }

  @Test
  @DisplayName("each rule fails when the package it guards is empty or misnamed")
  void rulesFailOnAnEmptyPackage() {
    JavaClasses nothing = new ClassFileImporter().importPackages("com.wbassist.domian");
    assertThrows(
        AssertionError.class, () -> dependsOnTheJdkOnly("com.wbassist.domian..").check(nothing));
    assertThrows(
        AssertionError.class, () -> neverReadsTheWallClock("com.wbassist.domian..").check(nothing));
  }
}
