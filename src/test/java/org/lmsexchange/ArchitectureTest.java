package org.lmsexchange;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The walls between the project's rooms, kept so that a later change cannot quietly break them: the connector
 * (this package: the launcher and start-up; {@code lms}, {@code outage}, {@code settings}, {@code management},
 * {@code check}), the {@code ews} component, the EWS {@code sandbox} and the {@code demo}. Main code only: tests
 * may reach across (an application test starts a sandbox to play Exchange).
 */
@AnalyzeClasses(packages = "org.lmsexchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.lmsexchange";
    private static final String SANDBOX = "org.lmsexchange.sandbox..";
    private static final String COMPONENT = "org.lmsexchange.ews..";
    private static final String CLIENT = "org.lmsexchange.ews.client..";
    private static final String EWS_JAVA_API = "microsoft.exchange.webservices..";

    /** A room: each package under org.lmsexchange with its sub-packages, and org.lmsexchange itself (the launcher). */
    private static final SliceAssignment ROOMS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("launcher");
            }
            return name.startsWith(ROOT + ".")
                    ? SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0]) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the top-level packages of " + ROOT + " and the launcher's own";
        }
    };

    @ArchTest
    static final ArchRule sandboxUsesNothingOfTheConnector = classes().that().resideInAPackage(SANDBOX)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.lmsexchange..").or(resideInAPackage(SANDBOX)))
            .because("the sandbox plays Exchange as Microsoft's EWS reference describes it: built on the connector's "
                    + "own classes, it would agree with the connector's mistakes instead of catching them, and it "
                    + "could no longer run alone (the sandbox command)");

    @ArchTest
    static final ArchRule componentUsesNothingOfTheConnector = classes().that().resideInAPackage(COMPONENT)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.lmsexchange..").or(resideInAPackage(COMPONENT)))
            .because("ews is a Camel component like Camel's own: it speaks meetings and meeting responses, knows no "
                    + "LMS, route bean, outage policy, setting name, demo or sandbox, so any route can use it and a "
                    + "change on the LMS side cannot break it");

    @ArchTest
    static final ArchRule ewsJavaApiStaysInTheClient = noClasses().that().resideOutsideOfPackage(CLIENT)
            .should().dependOnClassesThat().resideInAPackage(EWS_JAVA_API)
            .because("ews-java-api's objects are mutable, not thread-safe and tied to one open service: the routes "
                    + "and the connector get the component's records instead, and replacing or patching the client "
                    + "(TLS, limits, retries) touches one package");

    @ArchTest
    static final ArchRule recordsArePlainData = classes().that().resideInAPackage("org.lmsexchange.ews.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.lmsexchange.ews.model..")
            .because("the records travel through the routes into the LMS side: plain immutable data, readable by a "
                    + "route's expressions and a bean alike, with no client object or open connection inside");

    @ArchTest
    static final ArchRule onlyTheLauncherAndTheDemoStartASandbox = noClasses()
            .that().resideOutsideOfPackages(SANDBOX, "org.lmsexchange.demo..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage(SANDBOX)
            .because("a sandbox forgets everything at exit: a connector that started one on its own would count a "
                    + "real LMS's meetings as created in a mailbox that no longer exists. Only the demo (with its own "
                    + "LMS) and the sandbox command start one");

    @ArchTest
    static final ArchRule noCyclesBetweenRooms = slices().assignedFrom(ROOMS).should().beFreeOfCycles()
            .because("each room can then be read, tested and changed from the bottom up: the sandbox and the "
                    + "component first, the LMS side on top, the launcher last, and nothing leans on the launcher");
}
