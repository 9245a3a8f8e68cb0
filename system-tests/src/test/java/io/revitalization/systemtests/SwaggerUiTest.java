package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.revitalization.localstack.Suite;
import io.revitalization.systemtests.support.Browser;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI at the gateway, in a real browser (Debian's headless chromium), as a frontend developer tries the API:
 * a partner key pasted into "Authorize", then "Try it out" on creating a case, and the case is created (201), as
 * the API then shows. A screenshot of the answer goes to {@code docs/screenshots/swagger-ui-create-case.png}.
 */
class SwaggerUiTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    /** The status of the answer Swagger UI shows (the table's first row is its header, "Code"). */
    private static final By ANSWERED_STATUS = By.cssSelector(
            "#operations-Cases-CaseResource_create .live-responses-table tr.response .response-col_status");

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPastedKeyAuthorizesTryingOutTheCreationOfACase() {
        String key = given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey())
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Kochi University (Swagger UI)", "role", "partner",
                        "institution", "kochi-university"))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
        String slug = "swagger-ui-" + UUID.randomUUID().toString().substring(0, 8);

        browser.driver().get(SUITE.gatewayUrl() + "/q/swagger-ui/");
        WebElement operation = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-Cases-CaseResource_create")));

        click(By.cssSelector(".auth-wrapper .authorize"));
        // the modal lists each scheme in a container of its own: the key goes into apiKey's (X-API-Key)
        String apiKeyScheme = "//div[contains(@class, 'auth-container')][.//h4/code[normalize-space() = 'apiKey']]";
        WebElement keyField = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(apiKeyScheme + "//input[@type = 'text' or @type = 'password']")));
        keyField.sendKeys(key);
        click(By.xpath(apiKeyScheme + "//div[contains(@class, 'auth-btn-wrapper')]//button[contains(@class, 'authorize')]"));
        click(By.cssSelector(".modal-ux .close-modal"));

        scrollTo(operation);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        click(By.cssSelector("#operations-Cases-CaseResource_create .try-out__btn"));
        WebElement body = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-Cases-CaseResource_create textarea.body-param__text")));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("{\"slug\": \"" + slug + "\", \"title\": {\"ja\": \"土佐の試み\", \"en\": \"A Tosa pilot\"}, "
                + "\"country\": \"JP\", \"leadInstitution\": \"kochi-university\"}");
        click(By.cssSelector("#operations-Cases-CaseResource_create .execute"));

        String status = waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            var cells = driver.findElements(ANSWERED_STATUS);
            return cells.isEmpty() || cells.get(0).getText().isBlank() ? null : cells.get(0).getText();
        });
        scrollTo(browser.driver().findElement(ANSWERED_STATUS));
        browser.screenshot(Suite.findRepoRoot(Path.of("")).resolve("docs/screenshots/swagger-ui-create-case.png"));
        assertThat(status).startsWith("201");
        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/cases/" + slug)
                .then().statusCode(200).body("leadInstitution.slug", org.hamcrest.Matchers.equalTo("kochi-university"));
    }

    private static void click(By locator) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(locator));
        scrollTo(element);
        element.click();
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }
}
