package io.revitalization.comparison.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table read against the source's own table (IV.B): the text's five rows with their labels and insights, and
 * each cell's dominant codes against what the text's cell says. Where the seed's readings of the cases disagree with
 * the text's cell (Taiwan's value orientation), the answer shows it through n and the cases, as asserted here.
 */
@QuarkusTest
class SourceTableTest {
    private static final List<String> TEXT_ROWS = List.of("政策脈絡與驅動力", "核心演化路徑", "主要方法論", "人才培育焦點",
            "獨特價值指向");

    @Test
    void theTableReadDrawsTheSourcesTableRowByRow() {
        SeedCases.known();
        JsonPath table = Fixtures.json(given().header("Accept-Language", "ja").get("/api/v1/comparisons/table")
                .then().statusCode(200).extract().response());

        assertThat(table.getList("groups.key")).containsExactly("JP", "TW");
        assertThat(table.getList("rows.findAll { it.inText }.label.'zh-TW'")).containsExactly(TEXT_ROWS.toArray());
        assertThat(table.getList("rows.findAll { it.inText }.order")).containsExactly(1, 2, 3, 4, 5);
        assertThat(table.getString("rows[0].insight.'zh-TW'")).isEqualTo("日本的作法是國家戰略的工具，臺灣的作法則是大學演化使命的履行。");
        assertThat(table.getString("rows[0].displayLabel")).isEqualTo("政策的文脈と推進力");
        assertThat(table.getList("rows.findAll { it.inText }.insight")).doesNotContainNull();

        // 政策脈絡與驅動力: national strategy (JP) vs the university's mission (TW), every case
        assertThat(dominant(table, "policy-driver", "JP")).containsExactly(Map.entry("national-strategy-tool", 1.0));
        assertThat(dominant(table, "policy-driver", "TW")).containsExactly(Map.entry("university-mission", 1.0));

        // 核心演化路徑: two paths of different kinds, each group on its own
        assertThat(stages(table, "JP")).isSubsetOf("institutional-innovation", "network-diffusion",
                "relationship-deepening").contains("institutional-innovation", "network-diffusion",
                "relationship-deepening");
        assertThat(stages(table, "TW")).isSubsetOf("local-rooting", "systematization",
                "humanistic-deepening-global-co-creation").contains("local-rooting", "systematization",
                "humanistic-deepening-global-co-creation");
        assertThat(table.getList(cell("evolution-path", "JP") + ".paths.paths.stages"))
                .contains(List.of("institutional-innovation", "network-diffusion"));
        assertThat(table.getList(cell("evolution-path", "TW") + ".paths.paths.stages"))
                .contains(List.of("local-rooting", "systematization"));

        // 主要方法論: Japan's systems and programs, Taiwan's collaboration, co-creation and PBL + CBL
        assertThat(dominant(table, "methodology", "JP").keySet()).isSubsetOf("system-export",
                "replicable-program-design", "talent-circulation").contains("replicable-program-design");
        assertThat(dominant(table, "methodology", "TW").keySet()).containsExactlyInAnyOrder(
                "interdisciplinary-collaboration", "value-co-creation", "pbl-cbl");

        // 人才培育焦點: certified and circulating specialists, immediate (JP); graduates, long-term (TW)
        assertThat(dominant(table, "talent-focus", "JP").keySet()).containsExactlyInAnyOrder("certified-specialists",
                "mid-career-circulation");
        assertThat(dominant(table, "talent-focus", "TW")).containsExactly(
                Map.entry("curriculum-integrated-graduates", 1.0));
        assertThat(dominant(table, "impact-horizon", "JP").keySet()).first().isEqualTo("immediate");
        assertThat(dominant(table, "impact-horizon", "TW")).containsExactly(Map.entry("long-term", 1.0));

        // 獨特價值指向: the text's label for Japan is among the data's codes; for Taiwan the cases as told
        // disagree with the text's cell (memory-empathy is one case of five), which n and the cases show
        assertThat(dominant(table, "value-orientation", "JP").keySet()).contains("relationship-population");
        assertThat(dominant(table, "value-orientation", "TW").keySet()).doesNotContain("memory-empathy")
                .contains("cultural-identity-revival");
        assertThat(table.getInt(cell("value-orientation", "TW") + ".n")).isEqualTo(5);
        assertThat(table.getList(cell("value-orientation", "TW") + ".caseIds")).hasSize(5);

        // every quote comes with its locator
        assertThat(table.getList("rows.dimensions.flatten().cells.flatten().dominantCodes.flatten().exemplars"
                + ".flatten().quotes.flatten().locator")).isNotEmpty().doesNotContainNull();
    }

    private static String cell(String dimension, String group) {
        return "rows.dimensions.flatten().find { it.dimension.id == '" + dimension + "' }.cells.find { it.group == '"
                + group + "' }";
    }

    private static Map<String, Double> dominant(JsonPath table, String dimension, String group) {
        List<Map<String, Object>> codes = table.getList(cell(dimension, group) + ".dominantCodes");
        Map<String, Double> shares = new java.util.LinkedHashMap<>();
        codes.forEach(code -> shares.put((String) code.get("code"), Math.round((Double) code.get("share") * 1000)
                / 1000.0));
        return shares;
    }

    private static List<String> stages(JsonPath table, String group) {
        return table.getList(cell("evolution-path", group) + ".paths.steps.stages.flatten().code");
    }
}
