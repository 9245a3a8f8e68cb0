package io.revitalization.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: through the gateway, on the whole suite's seed (cases from cases-service, codings from comparison-service),
 * the table read draws the source's table of section IV.B: its five rows with the text's labels and insights, and each
 * cell against what the text's cell says; where the seed's readings disagree with the text (Taiwan's values), n and
 * the cases show it.
 */
class SourceTableTest {
    private static final String PATH = "/api/v1/comparisons/table?groups=JP,TW";
    private static final List<String> TEXT_ROWS = List.of("政策脈絡與驅動力", "核心演化路徑", "主要方法論", "人才培育焦點",
            "獨特價值指向");

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void theTableThroughTheGatewayIsTheSourcesTableCellByCell() {
        // the seed's codings follow its cases through Kafka: wait until Taiwan's five cases are coded on values
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Response direct = given().baseUri(SUITE.suite().url(SuiteService.COMPARISON)).get(PATH);
            return direct.statusCode() == 200 && json(direct).getInt(cell("value-orientation", "TW") + ".n") == 5;
        });
        Response answer = given().baseUri(SUITE.gatewayUrl()).header("Accept-Language", "zh-TW").get(PATH);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonPath table = json(answer);

        assertThat(table.getList("groups.key")).containsExactly("JP", "TW");
        assertThat(table.getList("rows.findAll { it.inText }.label.'zh-TW'")).containsExactly(TEXT_ROWS.toArray());
        assertThat(table.getList("rows.findAll { it.inText }.displayLabel")).containsExactly(TEXT_ROWS.toArray());
        assertThat(table.getList("rows.findAll { it.inText }.insight")).doesNotContainNull();

        // 政策脈絡與驅動力
        assertThat(dominant(table, "policy-driver", "JP")).containsExactly(Map.entry("national-strategy-tool", 1.0));
        assertThat(dominant(table, "policy-driver", "TW")).containsExactly(Map.entry("university-mission", 1.0));
        // 核心演化路徑: two paths of different kinds
        assertThat(table.getList(cell("evolution-path", "JP") + ".paths.steps.stages.flatten().code"))
                .contains("institutional-innovation", "network-diffusion", "relationship-deepening");
        assertThat(table.getList(cell("evolution-path", "TW") + ".paths.steps.stages.flatten().code"))
                .contains("local-rooting", "systematization", "humanistic-deepening-global-co-creation");
        // 主要方法論
        assertThat(dominant(table, "methodology", "JP").keySet()).contains("replicable-program-design");
        assertThat(dominant(table, "methodology", "TW").keySet()).containsExactlyInAnyOrder(
                "interdisciplinary-collaboration", "value-co-creation", "pbl-cbl");
        // 人才培育焦點 (and the impact horizon the text gives in the same row)
        assertThat(dominant(table, "talent-focus", "JP").keySet()).containsExactlyInAnyOrder("certified-specialists",
                "mid-career-circulation");
        assertThat(dominant(table, "talent-focus", "TW")).containsExactly(
                Map.entry("curriculum-integrated-graduates", 1.0));
        assertThat(dominant(table, "impact-horizon", "TW")).containsExactly(Map.entry("long-term", 1.0));
        // 獨特價值指向: the text's label for Japan is among the data's; Taiwan's cases disagree with the text's cell
        assertThat(dominant(table, "value-orientation", "JP").keySet()).contains("relationship-population");
        assertThat(dominant(table, "value-orientation", "TW").keySet()).doesNotContain("memory-empathy");
        assertThat(table.getList(cell("value-orientation", "TW") + ".caseIds")).hasSize(5);
    }

    private static JsonPath json(Response response) {
        return response.jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static String cell(String dimension, String group) {
        return "rows.dimensions.flatten().find { it.dimension.id == '" + dimension + "' }.cells.find { it.group == '"
                + group + "' }";
    }

    private static Map<String, Double> dominant(JsonPath table, String dimension, String group) {
        List<Map<String, Object>> codes = table.getList(cell(dimension, group) + ".dominantCodes");
        Map<String, Double> shares = new LinkedHashMap<>();
        codes.forEach(code -> shares.put((String) code.get("code"),
                Math.round(((Number) code.get("share")).doubleValue() * 1000) / 1000.0));
        return shares;
    }
}
