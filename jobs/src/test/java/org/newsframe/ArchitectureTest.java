package org.newsframe;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/design.md, checked on the compiled main classes: no package cycle; the schema layer
 * depends on nothing of the project; configuration only on the schema; the plain-Java extractors know
 * nothing of stages, Spark jobs or commands; the pipeline framework knows no concrete stage; and nothing
 * but {@code cli} uses {@code cli}.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsframe");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.newsframe.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void schemaDependsOnNothingOfTheProject() {
        classes().that().resideInAPackage("org.newsframe.schema..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.newsframe..")
                        .or(resideInAnyPackage("org.newsframe.schema..")))
                .check(main);
    }

    @Test
    void configurationDependsOnlyOnTheSchema() {
        classes().that().resideInAPackage("org.newsframe.config..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.newsframe..")
                        .or(resideInAnyPackage("org.newsframe.config..", "org.newsframe.schema..")))
                .check(main);
    }

    @Test
    void extractorsKnowNoStagesJobsOrCommands() {
        noClasses().that().resideInAnyPackage("org.newsframe.text..", "org.newsframe.html..", "org.newsframe.lang..", "org.newsframe.actors..",
                        "org.newsframe.sentiment..", "org.newsframe.displacement..", "org.newsframe.ner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsframe.pipeline..", "org.newsframe.io..",
                        "org.newsframe.ingest..", "org.newsframe.annotate..", "org.newsframe.tables..",
                        "org.newsframe.run..", "org.newsframe.eval..", "org.newsframe.cli..")
                .check(main);
    }

    @Test
    void thePipelineFrameworkKnowsNoConcreteStage() {
        noClasses().that().resideInAnyPackage("org.newsframe.pipeline..", "org.newsframe.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsframe.ingest..", "org.newsframe.annotate..",
                        "org.newsframe.tables..", "org.newsframe.run..")
                .check(main);
    }

    @Test
    void stagesUseNoCommandEvaluationOrGeneratorCode() {
        noClasses().that().resideInAnyPackage("org.newsframe.ingest..", "org.newsframe.annotate..",
                        "org.newsframe.tables..", "org.newsframe.pipeline..", "org.newsframe.io..", "org.newsframe.run..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsframe.cli..", "org.newsframe.eval..",
                        "org.newsframe.generate..")
                .check(main);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that(not(resideInAnyPackage("org.newsframe.cli..")))
                .should().dependOnClassesThat().resideInAnyPackage("org.newsframe.cli..")
                .check(main);
    }
}
