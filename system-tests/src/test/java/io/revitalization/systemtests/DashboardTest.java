package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revitalization.localstack.Suite;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.Browser;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard at the gateway's {@code /}, in a real browser (Debian's headless chromium): what a person sees of
 * the comparison, the cases and the partnerships, in three languages, live, and at a phone's width. Screenshots of
 * the main pages go to {@code docs/screenshots/} (shown in the README). After every test the browser's console
 * holds no error or warning, which also means no failed (4xx/5xx) request other than the one a test provokes.
 */
class DashboardTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    /** How long a view may take to appear: generous, a shared 2-core machine has been seen to need 20 s. */
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static Browser browser;
    private static Path screenshots;
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        screenshots = Suite.findRepoRoot(Path.of("")).resolve("docs/screenshots");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktopInEnglish() {
        browser.resize(1280, 900);
        load("#/comparison");
        browser.driver().findElement(By.cssSelector("button[data-lang='en']")).click();
        waitForText(By.cssSelector("main h2"), "The five-dimension comparison");
        waitFor(By.cssSelector("#comparison-table"));
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> problems = browser.consoleProblems().stream()
                .filter(line -> expectedConsoleErrors.stream().noneMatch(line::contains)).toList();
        assertThat(problems).as("the browser console").isEmpty();
    }

    @Test
    void theComparisonTableShowsTheSeedRowsWithTheApisNumbers() {
        JsonPath overview = overview();
        WebElement table = waitFor(By.id("comparison-table"));
        List<Map<String, Object>> cells = overview.getList("cells");
        assertThat(cells).isNotEmpty();
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(overview.getList("dimensions").size());
        for (Map<String, Object> cell : cells) {
            WebElement shown = table.findElement(By.cssSelector(
                    "tr[data-dimension='" + cell.get("dimension") + "'] td[data-group='" + cell.get("group") + "']"));
            assertThat(shown.findElement(By.className("cell-n")).getText()).isEqualTo("n = " + cell.get("n"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> codes = (List<Map<String, Object>>) cell.get("dominantCodes");
            assertThat(shown.findElements(By.className("code"))).hasSize(codes.size());
            for (Map<String, Object> code : codes) {
                String text = shown.findElement(By.cssSelector(".code[data-code='" + code.get("code") + "']")).getText();
                assertThat(text).contains(percent(((Number) code.get("share")).doubleValue()), "n = " + code.get("n"));
            }
        }
        // an exemplar quote carries its locator, and a figure's n opens the cases behind it
        assertThat(table.getText()).contains("Locator: II.A ¶2");
        table.findElement(By.cssSelector("tr[data-dimension='strategy-stage'] td[data-group='JP'] .cell-n a")).click();
        WebElement behind = waitFor(By.id("cases-behind"));
        assertThat(behind.getText()).contains("kochi-ubc");
        open("#/comparison?dimension=strategy-stage");
        waitFor(By.cssSelector(".figure svg"));
        browser.screenshot(screenshots.resolve("comparison.png"));
    }

    @Test
    void switchingLanguagesChangesTheLabelsAndIsRemembered() {
        WebElement japanese = browser.driver().findElement(By.cssSelector("button[data-lang='ja']"));
        japanese.sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("main h2"), "五つの次元の比較");
        assertThat(attribute("html", "lang")).isEqualTo("ja");
        assertThat(browser.driver().findElement(By.cssSelector("a[data-nav='cases']")).getText()).isEqualTo("事例");
        waitForText(By.cssSelector("#comparison-table tbody"), "実践戦略の段階");

        browser.driver().findElement(By.cssSelector("button[data-lang='zh-TW']")).click();
        waitForText(By.cssSelector("main h2"), "五個面向的比較");
        assertThat(attribute("html", "lang")).isEqualTo("zh-TW");
        assertThat(browser.driver().findElement(By.cssSelector("a[data-nav='cases']")).getText()).isEqualTo("案例");
        waitForText(By.cssSelector("#comparison-table tbody"), "實踐策略階段");
        browser.screenshot(screenshots.resolve("comparison-zh-TW.png"));

        browser.driver().navigate().refresh();
        waitForText(By.cssSelector("main h2"), "五個面向的比較");
        assertThat(attribute("html", "lang")).isEqualTo("zh-TW");
    }

    @Test
    void searchingForWujinFindsItsCase() {
        open("#/cases");
        WebElement search = waitFor(By.id("filter-q"));
        search.sendKeys("烏金", Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.id("case-count"), "1 results"));
        List<WebElement> found = browser.driver().findElements(By.cssSelector("#case-list a"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getText()).contains("Guantian");
        assertThat(found.get(0).getAttribute("href")).endsWith("#/cases/ncku-guantian-black-gold");
        assertThat(browser.driver().findElements(By.cssSelector("svg.map a"))).hasSize(1);

        open("#/cases");
        waitFor(By.cssSelector("svg.map a"));
        browser.screenshot(screenshots.resolve("cases.png"));

        open("#/cases/ncku-guantian-black-gold");
        WebElement page = waitFor(By.id("case-page"));
        assertThat(page.getText()).contains("國立成功大學的「官田烏金」專案即為佳例。", "II.A ¶3",
                "University Social Responsibility Program (USR)");
        browser.screenshot(screenshots.resolve("case.png"));
    }

    @Test
    void aCodingPostedThroughTheApiUpdatesTheOpenPageWithoutAReload() {
        String slug = aNewJapaneseCase();
        open("#/comparison");
        By cell = By.cssSelector("tr[data-dimension='talent-focus'] td[data-group='JP'] .cell-n");
        String shownBefore = waitForText(cell, cellN(overview(), "talent-focus", "JP"));
        browser.driver().executeScript("window.stillTheSamePage = true");

        given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("codebook", "taiwan-japan-revitalization", "codebookVersion", 1,
                        "case", slug, "year", 2024, "dimension", "talent-focus",
                        "codes", List.of(talentCode()), "coder", "dashboard-test", "confidence", 0.9))
                .post("/api/v1/codings").then().statusCode(201);
        String expected = cellN(overview(), "talent-focus", "JP");
        assertThat(expected).isNotEqualTo(shownBefore);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                .until(ExpectedConditions.textToBe(cell, expected));
        assertThat(browser.driver().executeScript("return window.stillTheSamePage")).isEqualTo(true);
    }

    /** A case of its own (so that its coding surely changes a figure), once comparison-service has it. */
    private static String aNewJapaneseCase() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String university = "dashboard-university-" + suffix;
        String slug = "dashboard-case-" + suffix;
        int japaneseCases = japaneseCases();
        asAdmin().body(Map.of("slug", university, "kind", "UNIVERSITY", "name", Map.of("en", "Dashboard University"),
                "country", "JP")).post("/api/v1/institutions").then().statusCode(201);
        asAdmin().body(Map.of("slug", slug, "title", Map.of("en", "A case coded while the dashboard is open"),
                "country", "JP", "leadInstitution", university)).post("/api/v1/cases").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> japaneseCases() > japaneseCases);
        return slug;
    }

    private static int japaneseCases() {
        return given().baseUri(SUITE.suite().url(SuiteService.COMPARISON))
                .get("/api/v1/comparisons/summary").then().statusCode(200).extract().path("casesByCountry.JP");
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }

    @Test
    void theUpdateFormShowsTheApisFieldErrorNextToTheField() {
        String key = asAdmin().body(Map.of("label", "Kochi University office", "role", "partner", "institution", "kochi-university"))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
        open("#/partnerships");
        waitFor(By.cssSelector("#partnership-list"));
        waitFor(By.cssSelector(".figure svg"));
        browser.screenshot(screenshots.resolve("partnerships.png"));

        open("#/partnerships/nkust-kochi-joint-competition");
        waitFor(By.id("update-form"));
        browser.driver().findElement(By.id("update-apiKey")).sendKeys(key);
        WebElement date = browser.driver().findElement(By.id("update-date"));
        browser.driver().executeScript("arguments[0].value = '2099-01-01'", date);
        new Select(browser.driver().findElement(By.id("update-textLang"))).selectByValue("ja");
        browser.driver().findElement(By.id("update-text")).sendKeys("高知と高雄の学生が合同で現地調査を行った。");
        expectedConsoleErrors.add("status of 400");
        browser.driver().findElement(By.cssSelector("#update-form button[type='submit']")).click();
        WebElement error = new WebDriverWait(browser.driver(), LOAD)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("update-date-error")));
        assertThat(error.getText()).startsWith("date:");
        assertThat(date.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().executeScript("return sessionStorage.getItem('dashboard.apiKey')")).isEqualTo(key);
        assertThat(browser.driver().executeScript("return localStorage.getItem('dashboard.apiKey')")).isNull();
        browser.screenshot(screenshots.resolve("update-form.png"));
    }

    @Test
    void thePageWorksAt390PixelsWide() {
        browser.resize(390, 844);
        load("#/comparison");
        waitFor(By.cssSelector("#dimension-figures svg"));
        assertThat(widerThanThePage()).isEmpty();
        browser.screenshot(screenshots.resolve("comparison-390px.png"));
        load("#/cases");
        waitFor(By.cssSelector("svg.map"));
        assertThat(widerThanThePage()).isEmpty();
        browser.driver().findElement(By.cssSelector("a[data-nav='partnerships']")).click();
        waitFor(By.id("partnership-list"));
        assertThat(widerThanThePage()).isEmpty();
    }

    /** Elements that stick out to the right of the page (wide tables scroll in their own box, charts and maps clip). */
    @SuppressWarnings("unchecked")
    private static List<String> widerThanThePage() {
        return (List<String>) browser.driver().executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.body.querySelectorAll('*')]
                  .filter((e) => !e.closest('.scroll, .chart') && !e.ownerSVGElement && e.getBoundingClientRect().right > width + 1)
                  .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.getAttribute('class')).slice(0, 10);
                """);
    }

    private static String talentCode() {
        List<String> codes = overview().getList("dimensions.find { it.id == 'talent-focus' }.codes.id");
        return codes.get(0);
    }

    private static String cellN(JsonPath overview, String dimension, String group) {
        return "n = " + overview.getInt("cells.find { it.dimension == '" + dimension + "' && it.group == '" + group + "' }.n");
    }

    /**
     * The service's own current answer, as the page must show it. The test reads the services directly: through the
     * gateway its reads would share the page's rate limit (both come from one address).
     */
    private static JsonPath overview() {
        return given().baseUri(SUITE.suite().url(SuiteService.COMPARISON))
                .get("/api/v1/comparisons/overview?groupBy=country&groups=JP,TW").then().statusCode(200).extract().jsonPath();
    }

    /** As the page formats a share: one decimal, no trailing zero. */
    private static String percent(double share) {
        return BigDecimal.valueOf(Math.round(share * 1000) / 10.0).stripTrailingZeros().toPlainString() + " %";
    }

    /** A fresh page load (a new address, so that the browser does not just move to another fragment). */
    private static void load(String hash) {
        browser.driver().get(SUITE.gatewayUrl() + "/?load=" + UUID.randomUUID() + hash);
    }

    /** Another view of the page already loaded, as a link within it goes there. */
    private static void open(String hash) {
        browser.driver().executeScript("location.hash = arguments[0]", hash);
    }

    private static WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The element's text once it contains the text (a live refresh may replace the element meanwhile). */
    private static String waitForText(By locator, String text) {
        return waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            String shown = driver.findElement(locator).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    /** A wait that, when it fails, says what the page shows instead. */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), LOAD);
        wait.withMessage(() -> "the page shows: " + browser.driver().findElement(By.id("main")).getText()
                .lines().limit(5).toList());
        return wait;
    }

    private static String attribute(String css, String name) {
        return browser.driver().findElement(By.cssSelector(css)).getDomAttribute(name);
    }
}
