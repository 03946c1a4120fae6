package io.crosscheck.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries of Crosscheck, checked on the production classes of every module on the cli
 * test class path (model, extractor, comparator, cli). The service module is not on that class
 * path, but rules about depending on {@code io.crosscheck.service..} still apply to the classes
 * that are imported.
 */
@AnalyzeClasses(packages = "io.crosscheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Guard: with too few imported classes every other rule here would pass vacuously. */
  static final int MINIMUM_IMPORTED_CLASSES = 20;

  @ArchTest
  static final ArchRule model_depends_on_nothing_but_the_jdk =
      classes()
          .that()
          .resideInAPackage("io.crosscheck.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.crosscheck.model..");

  @ArchTest
  static final ArchRule top_level_modules_are_free_of_cycles =
      slices().matching("io.crosscheck.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("io.crosscheck.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule extractor_and_comparator_do_not_depend_on_cli_or_service =
      noClasses()
          .that()
          .resideInAnyPackage("io.crosscheck.extractor..", "io.crosscheck.comparator..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.crosscheck.cli..", "io.crosscheck.service..");

  @ArchTest
  static final ArchRule extractor_does_not_depend_on_comparator =
      noClasses()
          .that()
          .resideInAPackage("io.crosscheck.extractor..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.crosscheck.comparator..");

  // The comparator module has no code yet; allowEmptyShould keeps this rule from failing for
  // that reason alone (the guard below still stops the suite from passing on nothing at all).
  @ArchTest
  static final ArchRule comparator_does_not_depend_on_extractor =
      noClasses()
          .that()
          .resideInAPackage("io.crosscheck.comparator..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.crosscheck.extractor..")
          .allowEmptyShould(true);

  @ArchTest
  static void enough_classes_are_imported_for_the_rules_to_mean_something(JavaClasses classes) {
    assertThat(classes.that(resideInAPackage("io.crosscheck..")))
        .as("classes imported from io.crosscheck (production code only)")
        .hasSizeGreaterThanOrEqualTo(MINIMUM_IMPORTED_CLASSES);
  }
}
