package com.wbassist.app.architecture;

import static com.wbassist.app.architecture.DependencyRules.dependsOnlyOnTheJdkAnd;
import static com.wbassist.app.architecture.DependencyRules.neverDependsOn;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules themselves: they catch a violation, and they never pass on a package with no class. */
class GuardedRuleTest {
  private static final String FIXTURE = "com.wbassist.app.architecture.fixture";
  private static final GuardedPackage CORE = new GuardedPackage(FIXTURE + ".core");
  private static final GuardedPackage ADAPTER = new GuardedPackage(FIXTURE + ".adapter");
  private static final GuardedPackage DECLARED_ONLY = new GuardedPackage(FIXTURE + ".declaredonly");
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  @DisplayName("a rule reports a class that breaks it")
  void catchesAViolation() {
    AssertionError failure =
        assertThrows(AssertionError.class, () -> dependsOnlyOnTheJdkAnd(CORE).check(FIXTURES));
    assertTrue(failure.getMessage().contains("LeakyRule"), failure.getMessage());
    assertThrows(AssertionError.class, () -> neverDependsOn(CORE, ADAPTER).check(FIXTURES));
  }

  @Test
  @DisplayName("a rule passes when its packages hold classes that keep it")
  void passesWhenKept() {
    assertDoesNotThrow(() -> neverDependsOn(ADAPTER, CORE).check(FIXTURES));
  }

  @Test
  @DisplayName("a rule about a misnamed package fails instead of passing")
  void misnamedSubject() {
    GuardedPackage misnamed = new GuardedPackage(FIXTURE + ".cor");
    AssertionError failure =
        assertThrows(AssertionError.class, () -> dependsOnlyOnTheJdkAnd(misnamed).check(FIXTURES));
    assertTrue(failure.getMessage().contains(FIXTURE + ".cor.."), failure.getMessage());
  }

  @Test
  @DisplayName("a rule forbidding a misnamed package fails instead of passing")
  void misnamedTarget() {
    GuardedPackage misnamed = new GuardedPackage(FIXTURE + ".adaptor");
    assertThrows(AssertionError.class, () -> neverDependsOn(CORE, misnamed).check(FIXTURES));
  }

  @Test
  @DisplayName("a package holding only a package-info counts as empty")
  void packageInfoIsNotCode() {
    assertTrue(
        FIXTURES.stream().anyMatch(c -> c.getPackageName().equals(DECLARED_ONLY.name())),
        "ArchUnit imports the annotated package-info, so the guard must skip it");
    assertThrows(AssertionError.class, () -> neverDependsOn(DECLARED_ONLY, CORE).check(FIXTURES));
  }
}
