package com.wbassist.adapter.telegram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The adapter's shape. Rules fail when the package they guard holds no class (ArchUnit's default,
 * kept on).
 */
class TelegramArchitectureTest {
  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.wbassist.adapter.telegram");

  /** What the app wires; everything else stays package-private. */
  private static final String ENTRY_POINTS =
      "com\\.wbassist\\.adapter\\.telegram\\.(BotApiSettings|TelegramSellerChat"
          + "|TelegramBotSetup|TelegramWebhook|TelegramWebhook\\$Outcome|TelegramWebhookResource|TelegramConfig|TelegramBeans)";

  @Test
  @DisplayName(
      "the adapter talks to the core through the ports only, never to the services or another adapter")
  void portsOnly() {
    classes()
        .that()
        .resideInAPackage("com.wbassist.adapter.telegram..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta..",
            "org.eclipse.microprofile..",
            "com.wbassist.domain..",
            "com.wbassist.application.port..",
            "com.wbassist.adapter.telegram..")
        .check(ADAPTER);
  }

  @Test
  @DisplayName(
      "only the wiring entry points are public: Telegram's JSON, the limiter and the splitting stay inside")
  void smallSurface() {
    classes()
        .that()
        .resideInAPackage("com.wbassist.adapter.telegram..")
        .and()
        .arePublic()
        .should()
        .haveNameMatching(ENTRY_POINTS)
        .check(ADAPTER);
  }

  @Test
  @DisplayName("no public method of the adapter takes or returns a JSON-P type")
  void jsonStaysInside() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("com.wbassist.adapter.telegram..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(JavaClass.Predicates.resideInAPackage("jakarta.json.."))
        .check(ADAPTER);
    noCodeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("com.wbassist.adapter.telegram..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should(
            new ArchCondition<JavaCodeUnit>("take a JSON-P type") {
              @Override
              public void check(JavaCodeUnit unit, ConditionEvents events) {
                unit.getRawParameterTypes().stream()
                    .filter(type -> type.getPackageName().startsWith("jakarta.json"))
                    .forEach(
                        type ->
                            events.add(
                                SimpleConditionEvent.satisfied(
                                    unit, unit.getFullName() + " takes " + type.getName())));
              }
            })
        .check(ADAPTER);
  }
}
