package io.revitalization.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Realistic synthetic institutions, cases and codings for load: Taiwan and Japan, 2021–2025, places, themes and SDGs
 * in three languages. Every record is marked: slugs start with {@value #PREFIX}, names and titles say "synthetic
 * benchmark data", cases carry the theme {@value #THEME} and codings the coder {@value #CODER}. The same seed gives
 * the same data.
 */
final class SyntheticData {

    static final String PREFIX = "synthetic-";
    static final String THEME = "synthetic-benchmark-data";
    static final String CODER = "synthetic-benchmark";
    static final String CODEBOOK = "taiwan-japan-revitalization";
    private static final int UNIVERSITIES_PER_COUNTRY = 8;
    private static final int[] SDGS = {3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 17};

    /** A place: prefecture or county in zh-TW, ja and en. */
    private record Place(String zh, String ja, String en) {
    }

    private record Theme(String id, String zh, String ja, String en) {
    }

    /** What the codings of a case need to know about it. */
    record SyntheticCase(String slug, String country, int startYear, Map<String, Object> body) {
    }

    private static final Map<String, List<Place>> PLACES = Map.of(
            "TW", List.of(new Place("臺南市", "台南市", "Tainan City"), new Place("高雄市", "高雄市", "Kaohsiung City"),
                    new Place("南投縣", "南投県", "Nantou County"), new Place("基隆市", "基隆市", "Keelung City"),
                    new Place("臺東縣", "台東県", "Taitung County"), new Place("花蓮縣", "花蓮県", "Hualien County"),
                    new Place("屏東縣", "屏東県", "Pingtung County"), new Place("宜蘭縣", "宜蘭県", "Yilan County")),
            "JP", List.of(new Place("高知縣", "高知県", "Kochi Prefecture"), new Place("長野縣", "長野県", "Nagano Prefecture"),
                    new Place("石川縣", "石川県", "Ishikawa Prefecture"), new Place("富山縣", "富山県", "Toyama Prefecture"),
                    new Place("福井縣", "福井県", "Fukui Prefecture"), new Place("島根縣", "島根県", "Shimane Prefecture"),
                    new Place("德島縣", "徳島県", "Tokushima Prefecture"), new Place("秋田縣", "秋田県", "Akita Prefecture")));
    private static final List<Theme> THEMES = List.of(
            new Theme("relationship-population", "關係人口", "関係人口", "relationship population"),
            new Theme("local-employment", "在地就業", "地元就職", "local employment"),
            new Theme("circular-economy", "循環經濟", "循環経済", "circular economy"),
            new Theme("disaster-memory", "災害記憶傳承", "災害の記憶の継承", "passing on disaster memory"),
            new Theme("cultural-heritage", "文化資產活化", "文化遺産の活用", "living cultural heritage"),
            new Theme("regional-agriculture", "地方農業", "地域農業", "regional agriculture"),
            new Theme("elderly-care", "高齡照護", "高齢者ケア", "care for the elderly"),
            new Theme("community-tourism", "社區觀光", "コミュニティツーリズム", "community tourism"));

    private final Random random;

    SyntheticData(long seed) {
        this.random = new Random(seed);
    }

    /** Universities of both countries (the cases' leads) and one local government per country. */
    static List<Map<String, Object>> institutions() {
        List<Map<String, Object>> institutions = new ArrayList<>();
        for (String country : List.of("TW", "JP")) {
            for (int i = 1; i <= UNIVERSITIES_PER_COUNTRY; i++) {
                institutions.add(institution(university(country, i), "UNIVERSITY", country,
                        "合成基準大學 " + country + i, "合成ベンチマーク大学 " + country + i,
                        "Synthetic Benchmark University " + country + " " + i));
            }
            institutions.add(institution(localGovernment(country), "LOCAL_GOVERNMENT", country,
                    "合成基準地方政府 " + country, "合成ベンチマーク自治体 " + country,
                    "Synthetic Benchmark Local Government " + country));
        }
        return institutions;
    }

    /** Creates {@link #institutions()} through the gateway; one that exists already (409) is left as it is. */
    static void createInstitutions(Http http, String gateway, String key) {
        for (Map<String, Object> institution : institutions()) {
            Http.Answer answer = http.postJson(gateway + "/api/v1/institutions", key, institution);
            if (answer.status() != 409) {
                answer.requireOk("creating an institution");
            }
        }
    }

    static String university(String country, int number) {
        return PREFIX + country.toLowerCase() + "-university-" + number;
    }

    /**
     * The n-th case of a run; {@code tag} keeps runs apart (slugs are unique). Countries alternate, start years
     * spread over 2021–2025.
     */
    SyntheticCase nextCase(String tag, int n) {
        String country = n % 2 == 0 ? "TW" : "JP";
        return nextCase(tag, n, country, university(country, 1 + random.nextInt(UNIVERSITIES_PER_COUNTRY)));
    }

    SyntheticCase nextCase(String tag, int n, String country, String leadInstitution) {
        Place place = PLACES.get(country).get(random.nextInt(PLACES.get(country).size()));
        Theme theme = THEMES.get(random.nextInt(THEMES.size()));
        int startYear = 2021 + random.nextInt(5);
        String slug = PREFIX + tag + "-" + country.toLowerCase() + "-" + n;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("title", text("【合成基準資料】" + place.zh() + theme.zh() + "計畫 #" + n,
                "【合成ベンチマークデータ】" + place.ja() + "の" + theme.ja() + "プロジェクト #" + n,
                "[Synthetic benchmark data] " + capitalized(theme.en()) + " in " + place.en() + " #" + n));
        body.put("summary", text(
                "本案例為效能測試用的合成基準資料，並非真實案例：大學與" + place.zh() + "的社區合作推動" + theme.zh() + "。",
                "これは性能測定用の合成ベンチマークデータであり、実在の事例ではない。大学が" + place.ja()
                        + "の地域と協働して" + theme.ja() + "に取り組む。",
                "Synthetic benchmark data for performance tests, not a real case: a university works with communities of "
                        + place.en() + " on " + theme.en() + "."));
        body.put("country", country);
        body.put("region", Map.of("prefecture", text(place.zh(), place.ja(), place.en())));
        body.put("leadInstitution", leadInstitution);
        List<Map<String, Object>> institutions = new ArrayList<>();
        institutions.add(Map.of("institution", leadInstitution, "role", "LEAD_UNIVERSITY"));
        if (random.nextInt(3) == 0) {
            institutions.add(Map.of("institution", localGovernment(country), "role", "LOCAL_GOVERNMENT"));
        }
        body.put("institutions", institutions);
        body.put("stakeholders", List.of(Map.of("kind", "COMMUNITY", "description",
                text(place.zh() + "的地方社區（合成）", place.ja() + "の地域住民（合成）", "Communities of " + place.en() + " (synthetic)"))));
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("startYear", calendarYear(country, startYear));
        boolean ongoing = random.nextBoolean();
        if (!ongoing) {
            period.put("endYear", Math.min(2025, startYear + random.nextInt(3)));
        }
        period.put("ongoing", ongoing);
        body.put("period", period);
        body.put("sdgs", sdgs());
        body.put("themes", List.of(THEME, theme.id()));
        return new SyntheticCase(slug, country, startYear, body);
    }

    /** A coding of the case's start year; the code leans by country and year, as real codings would. */
    Map<String, Object> coding(SyntheticCase coded, int codebookVersion, String dimension, List<String> codes) {
        int lean = "JP".equals(coded.country()) ? 1 : (coded.startYear() - 2021) / 2;
        int index = Math.min(codes.size() - 1, random.nextInt(Math.max(1, codes.size() - 1)) + (random.nextBoolean() ? lean : 0));
        return coding(coded.slug(), coded.startYear(), codebookVersion, dimension, codes.get(index));
    }

    static Map<String, Object> coding(String caseSlug, int year, int codebookVersion, String dimension, String code) {
        Map<String, Object> coding = new LinkedHashMap<>();
        coding.put("codebook", CODEBOOK);
        coding.put("codebookVersion", codebookVersion);
        coding.put("case", caseSlug);
        coding.put("year", year);
        coding.put("dimension", dimension);
        coding.put("codes", List.of(code));
        coding.put("coder", CODER);
        coding.put("note", "synthetic benchmark data");
        return coding;
    }

    private static String localGovernment(String country) {
        return PREFIX + country.toLowerCase() + "-local-government";
    }

    private static Map<String, Object> institution(String slug, String kind, String country, String zh, String ja, String en) {
        Map<String, Object> institution = new LinkedHashMap<>();
        institution.put("slug", slug);
        institution.put("kind", kind);
        institution.put("country", country);
        institution.put("name", text(zh + "（合成基準資料）", ja + "（合成ベンチマークデータ）", en + " (synthetic benchmark data)"));
        return institution;
    }

    /** Years the way people write them: Gregorian, or the ROC or Japanese era now and then. */
    private Object calendarYear(String country, int year) {
        return switch (random.nextInt(4)) {
            case 0 -> "TW".equals(country) ? "民國" + (year - 1911) + "年" : "令和" + (year - 2018) + "年";
            default -> year;
        };
    }

    private List<Integer> sdgs() {
        TreeSet<Integer> chosen = new TreeSet<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            chosen.add(SDGS[random.nextInt(SDGS.length)]);
        }
        return List.copyOf(chosen);
    }

    private static Map<String, String> text(String zh, String ja, String en) {
        return Map.of("zh-TW", zh, "ja", ja, "en", en);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
