package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.Reason;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.ReasonCode;
import io.revitalization.values.LocalizedText;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reasons of a phase suggestion in words, in zh-TW, ja and en. */
public final class ReasonTexts {
    private static final Map<ReasonCode, LocalizedText> TEMPLATES = new EnumMap<>(Map.of(
            ReasonCode.THIRD_PHASE_KIND, LocalizedText.of(
                    "此夥伴關係的類型為 %s：共同政策研究與跨國三方合作專案，正是文本為「第三階段」所提議的合作形式。",
                    "このパートナーシップの種類は %s である。共同政策研究と越境的な三者協働プロジェクトは、本文が「第三段階」として提案する協力の形である。",
                    "The partnership's kind is %s: joint policy research and tri-sector cross-border projects are "
                            + "what the source proposes for the third phase."),
            ReasonCode.TOO_FEW_ACTIVITIES, LocalizedText.of(
                    "目前僅有 %s 筆活動紀錄；至少需要 %s 筆，才能判斷知識流向。",
                    "報告された活動は %s 件のみであり、知識の流れを判断するには少なくとも %s 件が必要である。",
                    "Only %s activities have been reported; at least %s are needed before the flow of knowledge "
                            + "says anything."),
            ReasonCode.ONE_WAY_FLOW, LocalizedText.of(
                    "%s%% 的活動為 %s 的單向流動（達 %s%% 以上），屬於標竿學習。",
                    "活動の %s%% が %s の一方向の流れ（%s%% 以上）であり、ベンチマーキングと読める。",
                    "%s%% of the activity flowed %s (one-way flow of %s%% or more), which reads as benchmarking."),
            ReasonCode.BALANCED_FLOW, LocalizedText.of(
                    "知識流動均衡：日→臺 %s%%、臺→日 %s%%、雙向 %s%%。",
                    "知識の流れは均衡している：日→台 %s%%、台→日 %s%%、双方向 %s%%。",
                    "The flow is balanced: JP→TW %s%%, TW→JP %s%%, mutual %s%%."),
            ReasonCode.JOINT_OUTPUTS, LocalizedText.of(
                    "已有 %s 項共同成果（雙向的成果紀錄）：均衡流動加上共同成果，屬於共創／共學。",
                    "共同の成果（双方向として報告された成果）が %s 件ある。均衡した流れと共同成果は共創・共学と読める。",
                    "%s joint output(s) (outcomes reported as mutual): balanced flow with joint outputs reads as "
                            + "co-creation."),
            ReasonCode.NO_JOINT_OUTPUTS, LocalizedText.of(
                    "尚無共同成果（至少需要 %s 項雙向的成果紀錄），因此尚不足以顯示共創。",
                    "共同成果がまだない（双方向として報告された成果が少なくとも %s 件必要）ため、共創はまだ示されていない。",
                    "No joint output yet (at least %s outcome reported as mutual is needed), so co-creation is not "
                            + "yet shown.")));

    private static final Map<FlowDirection, LocalizedText> DIRECTIONS = new EnumMap<>(Map.of(
            FlowDirection.JP_TO_TW, LocalizedText.of("日→臺", "日→台", "JP→TW"),
            FlowDirection.TW_TO_JP, LocalizedText.of("臺→日", "台→日", "TW→JP"),
            FlowDirection.MUTUAL, LocalizedText.of("雙向", "双方向", "mutual")));

    private ReasonTexts() {
    }

    /** In the first of {@code languages} (all supported), English when there is none. */
    public static String text(Reason reason, List<String> languages) {
        String language = languages.isEmpty() ? "en" : languages.get(0);
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof FlowDirection direction
                        ? DIRECTIONS.get(direction).in(language).orElseThrow()
                        : String.valueOf(argument))
                .toArray();
        return String.format(Locale.ROOT, TEMPLATES.get(reason.code()).in(language).orElseThrow(), arguments);
    }
}
