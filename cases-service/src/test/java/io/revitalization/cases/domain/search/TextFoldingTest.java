package io.revitalization.cases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class TextFoldingTest {

    /** Japanese form, form used in Taiwan, simplified form: the common shinjitai that differ from Chinese. */
    private static final String SAME_CHARACTERS = """
            関關关 楽樂乐 気氣气 歴歷历 経經经 済濟济 総總总 連連连 県縣县 広廣广 発發发 転轉转 辺邊边 駅驛驿 沢澤泽
            児兒儿 戦戰战 図圖图 単單单 売賣卖 読讀读 続續续 覚覺觉 観觀观 権權权 拠據据 栄榮荣 営營营 円圓圆 応應应
            仮假假 価價价 画畫画 帰歸归 挙舉举 険險险 検檢检 圧壓压 囲圍围 医醫医 為為为 壱壹壹 隠隱隐 駆驅驱 恵惠惠
            鶏雞鸡 芸藝艺 撃擊击 欠缺缺 研研研 顕顯显 験驗验 厳嚴严 効效效 恒恆恒 黄黃黄 国國国 穀穀谷 砕碎碎 剤劑剂
            雑雜杂 参參参 蚕蠶蚕 惨慘惨 賛贊赞 残殘残 糸絲丝 視視视 歯齒齿 辞辭辞 湿濕湿 実實实 舎舍舍 写寫写 釈釋释
            寿壽寿 収收收 従從从 渋澀涩 獣獸兽 縦縱纵 粛肅肃 処處处 緒緒绪 叙敘叙 奨獎奖 焼燒烧 将將将 条條条 状狀状
            乗乘乘 浄淨净 剰剩剩 畳疊叠 縄繩绳 壌壤壤 嬢孃娘 譲讓让 醸釀酿 触觸触 寝寢寝 慎慎慎 真真真 尽盡尽 粋粹粹
            酔醉醉 穂穗穗 随隨随 髄髓髓 枢樞枢 数數数 瀬瀨濑 声聲声 静靜静 斉齊齐 摂攝摄 窃竊窃 専專专 浅淺浅 践踐践
            銭錢钱 潜潛潜 繊纖纤 禅禪禅 双雙双 壮壯壮 争爭争 荘莊庄 捜搜搜 挿插插 巣巢巢 装裝装 僧僧僧 層層层 騒騷骚
            増增增 蔵藏藏 臓臟脏 即即即 属屬属 堕墮堕 対對对 体體体 帯帶带 滞滯滞 台臺台 滝瀧泷 択擇择 担擔担 胆膽胆
            団團团 弾彈弹 断斷断 遅遲迟 昼晝昼 虫蟲虫 鋳鑄铸 庁廳厅 聴聽听 懲懲惩 鎮鎮镇 逓遞递 鉄鐵铁 点點点 伝傳传
            灯燈灯 当當当 党黨党 盗盜盗 稲稻稻 闘鬥斗 徳德德 独獨独 届屆届 弐貳贰 悩惱恼 脳腦脑 廃廢废 拝拜拜 梅梅梅
            麦麥麦 髪髮发 抜拔拔 繁繁繁 晩晚晚 蛮蠻蛮 卑卑卑 秘祕秘 浜濱滨 賓賓宾 敏敏敏 払拂拂 仏佛佛 併併并 並並并
            弁辯辩 歩步步 宝寶宝 豊豐丰 褒褒褒 墨墨墨 翻翻翻 毎每每 万萬万 満滿满 黙默默 訳譯译 薬藥药 与與与 予預预
            余餘余 揺搖摇 様樣样 謡謠谣 来來来 頼賴赖 乱亂乱 覧覽览 竜龍龙 両兩两 猟獵猎 緑綠绿 涙淚泪 塁壘垒 励勵励
            礼禮礼 霊靈灵 齢齡龄 恋戀恋 炉爐炉 労勞劳 楼樓楼 郎郎郎 禄祿禄 湾灣湾 査查查 値值值 戸戶户 汚污污 隣鄰邻
            """;

    @Test
    void foldsRelationalPopulationTheSameInJapaneseTraditionalAndSimplified() {
        assertThat(TextFolding.fold("関係人口"))
                .isEqualTo(TextFolding.fold("關係人口"))
                .isEqualTo(TextFolding.fold("关系人口"))
                .isNotEqualTo(TextFolding.fold("関係者"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "烏金, 乌金",
            "高知大学, 高知大學",
            "臺灣, 台湾",
            "台灣, 台湾",
            "臺灣大學, 台湾大学",
            "国立臺灣大學, 國立台灣大学",
            "地方創生, 地方创生",
            "社會責任, 社会責任",
            "社會責任, 社会责任",
            "醫學部, 医学部",
            "區域, 区域",
            "廣島, 広島",
            "縣立大學, 県立大学",
            "宮崎県, 宫崎县",
            "鹿兒島, 鹿児島",
            "價値, 價值",
            "調査, 調查",
            "瀬戸内国際芸術祭, 瀨戶內國際藝術祭",
    })
    void foldsVariantSpellingsOfTheSameWordTogether(String one, String other) {
        assertThat(TextFolding.fold(one)).isEqualTo(TextFolding.fold(other));
    }

    @Test
    void foldsTheJapaneseTaiwaneseAndSimplifiedFormOfEachCharacterTogether() {
        List<String> different = new ArrayList<>();
        for (String forms : SAME_CHARACTERS.split("\\s+")) {
            if (forms.isEmpty()) {
                continue;
            }
            String japanese = forms.substring(0, 1);
            String folded = TextFolding.fold(japanese);
            forms.codePoints().mapToObj(Character::toString)
                    .filter(form -> !TextFolding.fold(form).equals(folded))
                    .forEach(form -> different.add(japanese + " folds to " + folded + ", " + form + " to "
                            + TextFolding.fold(form)));
        }

        assertThat(different).isEmpty();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "連, 聯",
            "沪, 濾",
            "豫, 預",
            "辨, 辯",
            "瓣, 辯",
            "関, 開",
            "か, カ",
            "日本, 中国",
    })
    void keepsDifferentCharactersApart(String one, String other) {
        assertThat(TextFolding.fold(one)).isNotEqualTo(TextFolding.fold(other));
    }

    @Test
    void foldsCompatibilityIdeographsToTheirUnifiedForms() {
        // the old forms of 視 僧 層 梅 繁 卑 賓 敏 墨 懲 塀 穀, which Japanese fonts and JIS X 0213 keep apart
        String compatibility = "\uFA61\uFA31\uFA3B\uFA44\uFA59\uFA35\uFA64\uFA41\uFA3A\uFA40\uFA39\uFA54";

        assertThat(TextFolding.fold(compatibility)).isEqualTo(TextFolding.fold("視僧層梅繁卑賓敏墨懲塀穀"));
    }

    @Test
    void dropsVariationSelectorsOfIdeographsOnly() {
        String katsuragiWithGlyphSelector = "葛\uDB40\uDD00城";
        String heartWithEmojiSelector = "\u2764\uFE0F";

        assertThat(TextFolding.fold(katsuragiWithGlyphSelector)).isEqualTo(TextFolding.fold("葛城"));
        assertThat(TextFolding.fold(heartWithEmojiSelector)).isEqualTo(heartWithEmojiSelector);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ＵＳＲ, usr",
            "USR, usr",
            "University Social Responsibility, university social responsibility",
            "Straße, strasse",
            "ｺｳﾁ, コウチ",
            "２０２２年, 2022年",
            "かんけいじんこう, かんけいじんこう",
            "カタカナ, カタカナ",
    })
    void foldsLatinCaseAndWidthButKeepsKana(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }

    @Test
    void passesOtherTextThroughUnchanged() {
        String text = "👨‍👩‍👧‍👦 ❤️ 🇹🇼🇯🇵 한국어 — 100% \"ok\"\n\t ✓ 𝄞";

        assertThat(TextFolding.fold(text).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void foldsNothingToTheEmptyString(String text) {
        assertThat(TextFolding.fold(text)).isEmpty();
        assertThat(TextFolding.terms(text)).isEmpty();
    }

    @Test
    void foldsEveryIdeographLikeItsSimplifiedFormAndFoldingTwiceChangesNothing() {
        Transliterator simplified = Transliterator.getInstance("Traditional-Simplified");
        List<String> broken = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!UCharacter.hasBinaryProperty(codePoint, UProperty.IDEOGRAPHIC)) {
                continue;
            }
            String ideograph = Character.toString(codePoint);
            String folded = TextFolding.fold(ideograph);
            if (!TextFolding.fold(simplified.transliterate(ideograph)).equals(folded)
                    || !TextFolding.fold(folded).equals(folded)) {
                broken.add(ideograph + " → " + folded);
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void splitsAQueryIntoFoldedTermsAtSpacesAndPunctuation() {
        assertThat(TextFolding.terms("  關係人口　高知大學,USR／University-Social  responsibility!  "))
                .containsExactly("关系人口", "高知大学", "usr", "university", "social", "responsibility");
    }

    @Test
    void keepsARunOfChineseOrJapaneseAsOneTerm() {
        assertThat(TextFolding.terms("地方創生における大学の役割"))
                .containsExactly(TextFolding.fold("地方創生における大学の役割"));
        assertThat(TextFolding.terms("「関係人口」・烏金、台湾。"))
                .containsExactly(TextFolding.fold("関係人口"), TextFolding.fold("烏金"), TextFolding.fold("台湾"));
    }

    @Test
    void givesEachTermOnceInTheOrderWritten() {
        assertThat(TextFolding.terms("臺灣 USR 台湾 usr ＵＳＲ 2022"))
                .containsExactly(TextFolding.fold("台湾"), "usr", "2022");
    }

    @Test
    void findsNoTermInPunctuationAlone() {
        assertThat(TextFolding.terms(" ,。、!? ")).isEmpty();
    }
    @Test
    void simplifiesWholeTextsExactlyAsTheTransliteratorDoes() throws Exception {
        Transliterator whole = Transliterator.createFromRules("reference", "::[:Han:]; ::Traditional-Simplified;",
                Transliterator.FORWARD);
        List<String> texts = new ArrayList<>();
        // the seed cases (Traditional Chinese and Japanese) and phrase rules of ICU in running text
        try (var seed = TextFoldingTest.class.getResourceAsStream("/seed/cases.json")) {
            texts.addAll(List.of(new String(seed.readAllBytes(), StandardCharsets.UTF_8).split("\\n")));
        }
        texts.add("乾隆年間的鬼子薑與生薑片，茶餘飯後于飛，于歸；單于、鮮于。餘額、餘生、剩餘，後來崑崙山");
        texts.add("乾隆乾隆鬼子薑x鬼子薑 生薑");
        texts.add("關係人口的計畫與規畫：生薑片、薑末、鬼子薑片；崑崙崑曲；于飛于歸于思");

        for (String text : texts) {
            assertThat(TextFolding.simplified(text)).as(text).isEqualTo(whole.transliterate(text));
        }
    }
}
