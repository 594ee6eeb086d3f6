package com.wbassist.adapter.wb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.wbassist.adapter.wb",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WbAdapterArchitectureTest {

  @ArchTest
  static final ArchRule only_the_two_adapters_and_the_rest_clients_are_public =
      classes()
          .that()
          .resideInAPackage("com.wbassist.adapter.wb")
          .and()
          .arePublic()
          .should()
          .haveSimpleNameEndingWith("Adapter")
          .orShould()
          .haveSimpleNameEndingWith("Client")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule the_wb_adapter_never_sees_another_adapter_or_the_app =
      noClasses()
          .that()
          .resideInAPackage("com.wbassist.adapter.wb..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.wbassist.adapter.persistence..",
              "com.wbassist.adapter.telegram..",
              "com.wbassist.app..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule wb_json_is_read_only_by_the_readers_and_the_answer =
      noClasses()
          .that()
          .resideInAPackage("com.wbassist.adapter.wb")
          .and()
          .haveSimpleNameEndingWith("Adapter")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .allowEmptyShould(false);
}
