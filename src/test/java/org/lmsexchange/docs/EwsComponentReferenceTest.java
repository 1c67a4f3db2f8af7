package org.lmsexchange.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * docs/ews-component.md, the component's reference page, tells what the component really offers: its option and
 * header tables are those of the metadata generated from the code, every operation has its row, and the YAML
 * examples are routes Camel loads.
 */
class EwsComponentReferenceTest {

    @Test
    void theOptionAndHeaderTablesAreTheComponentsMetadata() throws Exception {
        String page = Files.readString(EwsComponentReference.PAGE);

        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, String> part : EwsComponentReference.fromCamelCatalog().parts().entrySet()) {
            softly.assertThat(EwsComponentReference.partOf(page, part.getKey()))
                    .as("the %s in %s, against ews.json; rewrite them with: %s", part.getKey(), EwsComponentReference.PAGE,
                            EwsComponentReference.REGENERATE)
                    .isEqualTo(part.getValue());
        }
        softly.assertAll();
    }

    @Test
    void everyOperationHasItsRowWithBodiesInAndOut() throws Exception {
        String page = Files.readString(EwsComponentReference.PAGE);
        List<String> operations = EwsComponentReference.fromCamelCatalog().operations();

        assertThat(operations).contains("createMeeting", "findResponses");
        assertThat(page.lines().filter(line -> line.startsWith("| `")).map(line -> line.split("`")[1]).toList())
                .as("the operations table of %s", EwsComponentReference.PAGE)
                .containsAll(operations);
    }

    @Test
    void theYamlExamplesAreRoutesCamelLoads() throws Exception {
        MarkdownPage page = MarkdownPage.read(EwsComponentReference.PAGE);
        List<String> routes = page.codeBlocks().stream().filter(block -> block.language().equals("yaml"))
                .map(block -> String.join("\n", block.lines()))
                .filter(yaml -> yaml.startsWith("- route:")).toList();
        assertThat(routes).as("the route examples").hasSizeGreaterThanOrEqualTo(3);

        try (CamelContext camel = new DefaultCamelContext()) {
            for (int i = 0; i < routes.size(); i++) {
                PluginHelper.getRoutesLoader(camel)
                        .loadRoutes(ResourceHelper.fromString("example-" + i + ".camel.yaml", routes.get(i)));
            }
            List<RouteDefinition> loaded = ((ModelCamelContext) camel).getRouteDefinitions();
            assertThat(loaded).hasSize(routes.size());
            assertThat(loaded).anySatisfy(route -> assertThat(route.getInput().getEndpointUri()).startsWith("ews:"));
        }
    }
}
