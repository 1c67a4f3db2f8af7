package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmsexchange.sandbox.http.FaultKind;

class FaultControlApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EwsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = EwsSandbox.builder().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aFaultPostedOverHttpFailsTheNextRequestsOfItsOperation() throws Exception {
        HttpResponse<String> posted = call("POST", "/sandbox/api/faults",
                "{\"kind\":\"server-busy-fault\",\"count\":2,\"operation\":\"GetFolder\",\"backOffMillis\":900}");

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(json(posted).at("/pending/0/kind").asText()).isEqualTo("server-busy-fault");
        assertThat(json(posted).at("/pending/0/remaining").asInt()).isEqualTo(2);
        assertThat(sandbox.faults().pending()).singleElement().satisfies(plan -> {
            assertThat(plan.kind()).isEqualTo(FaultKind.SERVER_BUSY_FAULT);
            assertThat(plan.operation()).isEqualTo("GetFolder");
            assertThat(plan.backOff()).isEqualTo(Duration.ofMillis(900));
        });

        HttpResponse<String> busy = Clients.post(sandbox, Clients.GET_FOLDER);
        assertThat(busy.statusCode()).isEqualTo(500);
        assertThat(busy.body()).contains("ErrorServerBusy", "<t:Value Name=\"BackOffMilliseconds\">900</t:Value>");
        assertThat(json(call("GET", "/sandbox/api/faults", null)).at("/pending/0/remaining").asInt()).isEqualTo(1);

        HttpResponse<String> cleared = call("DELETE", "/sandbox/api/faults", null);
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).get("pending")).isEmpty();
        assertThat(Clients.post(sandbox, Clients.GET_FOLDER).body()).doesNotContain("ErrorServerBusy");
    }

    @Test
    void countAndBackOffHaveDefaults() throws Exception {
        call("POST", "/sandbox/api/faults", "{\"kind\":\"http-503\"}");

        assertThat(sandbox.faults().pending()).singleElement().satisfies(plan -> {
            assertThat(plan.count()).isEqualTo(1);
            assertThat(plan.operation()).isNull();
        });
        assertThat(Clients.post(sandbox, Clients.GET_FOLDER).statusCode()).isEqualTo(503);
        assertThat(Clients.post(sandbox, Clients.GET_FOLDER).statusCode()).isNotEqualTo(503);
    }

    @Test
    void aLateAnswerIsPlannedOverHttpWithItsDelay() throws Exception {
        HttpResponse<String> posted = call("POST", "/sandbox/api/faults",
                "{\"kind\":\"late-answer\",\"operation\":\"CreateItem\",\"delayMillis\":40000}");

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(json(posted).at("/pending/0/kind").asText()).isEqualTo("late-answer");
        assertThat(json(posted).at("/pending/0/delayMillis").asLong()).isEqualTo(40_000);
        assertThat(json(posted).get("held").asInt()).as("requests held right now").isZero();
        assertThat(sandbox.faults().pending()).singleElement().satisfies(plan -> {
            assertThat(plan.kind()).isEqualTo(FaultKind.LATE_ANSWER);
            assertThat(plan.delay()).isEqualTo(Duration.ofSeconds(40));
        });
    }

    @Test
    void latencyIsSetOverHttp() throws Exception {
        HttpResponse<String> response = call("PUT", "/sandbox/api/latency", "{\"millis\":200}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("latencyMillis").asLong()).isEqualTo(200);
        assertThat(sandbox.faults().latency()).isEqualTo(Duration.ofMillis(200));
        call("PUT", "/sandbox/api/latency", "{\"millis\":0}");
        assertThat(sandbox.faults().latency()).isZero();
    }

    @Test
    void countersAreReadAndResetOverHttp() throws Exception {
        Clients.post(sandbox, Clients.GET_FOLDER);
        Clients.post(sandbox, Clients.GET_FOLDER);

        JsonNode counted = json(call("GET", "/sandbox/api/counters", null));
        assertThat(counted.at("/operations/GetFolder/requests").asLong()).isEqualTo(2);
        assertThat(counted.at("/operations/GetFolder/items").asLong()).isEqualTo(2);
        assertThat(counted.get("totalRequests").asLong()).isEqualTo(2);

        JsonNode reset = json(call("DELETE", "/sandbox/api/counters", null));
        assertThat(reset.get("totalRequests").asLong()).isEqualTo(2);
        assertThat(json(call("GET", "/sandbox/api/counters", null)).get("totalRequests").asLong()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"meteor-strike\"}                 | kind",
            "{\"count\":3}                                | kind",
            "{\"kind\":\"http-503\",\"count\":0}          | count",
            "{\"kind\":\"http-503\",\"count\":\"many\"}   | count",
            "{\"kind\":\"http-503\",\"backOffMillis\":-1} | backOffMillis",
            "{\"kind\":\"late-answer\",\"delayMillis\":-1} | delayMillis",
            "{\"kind\":\"late-answer\",\"delayMillis\":999999999} | delayMillis",
            "{\"kind\":\"http-503\",\"operaton\":\"X\"}   | operaton",
            "{\"kind\":                                   | not valid JSON",
            "[1,2]                                        | JSON object",
    })
    void aBadFaultIsRefusedWith400NamingTheField(String body, String named) throws Exception {
        HttpResponse<String> response = call("POST", "/sandbox/api/faults", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains(named);
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void aBadLatencyIsRefusedWith400() throws Exception {
        HttpResponse<String> response = call("PUT", "/sandbox/api/latency", "{\"millis\":-5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("millis");
    }

    @Test
    void wrongMethodsAndPathsAreRefused() throws Exception {
        HttpResponse<String> wrongMethod = call("POST", "/sandbox/api/counters", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, DELETE");

        assertThat(call("GET", "/sandbox/api/faults/extra", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return Clients.send(request);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }
}
