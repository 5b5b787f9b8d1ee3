package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fills the create form in headless Chromium (Debian's chromium and chromedriver) and checks
 * the plan home page. Skipped only where chromedriver is missing outside CI; in CI
 * ({@code CI=true}) a missing driver fails the test.
 */
class PreviewBrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path data;

    @TempDir
    Path profile;

    private PreviewHost host;
    private WebDriver driver;
    private int port;

    @BeforeEach
    void start() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromedriver; install chromium and chromium-driver to run this");
        host = new PreviewHost(data);
        port = host.start(0);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void createFormLeadsToPlanHome() throws Exception {
        driver.get("http://localhost:" + port + "/create");
        driver.findElement(By.id("settingName")).sendKeys("Ysgol y Porwr");
        new Select(driver.findElement(By.id("settingType"))).selectByValue("maintained-school");
        new Select(driver.findElement(By.id("localAuthority"))).selectByValue("gb-pow");
        new Select(driver.findElement(By.id("category"))).selectByValue("special-measures");
        driver.findElement(By.id("reportPublished")).sendKeys("2025-01-16");
        driver.findElement(By.id("recommendations"))
                .sendKeys("Strengthen safeguarding procedures.\nImprove attendance.");
        driver.findElement(By.id("create-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlMatches(".*/pages/\\d+$"));

        assertTrue(driver.getCurrentUrl().matches(".*/pages/\\d+"), driver.getCurrentUrl());
        String title = driver.findElement(By.id("title-text")).getText();
        assertTrue(title.contains("Ysgol y Porwr"), title);
        String content = driver.findElement(By.id("main-content")).getText();
        assertFalse(content.isBlank(), "plan home has content");
        String labels = driver.findElement(By.className("labels")).getText();
        assertTrue(labels.contains("piap-home"), labels);

        String screenshotDir = System.getProperty("piap.screenshot.dir");
        if (screenshotDir != null) {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of(screenshotDir, "plan-home.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void propertyLabelAndValueShareTopLine() throws Exception {
        String home = createPlan();
        driver.get("http://localhost:" + port + home + "?lang=cy");

        List<?> tops = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "const row = document.querySelector('.plugin-tabmeta-details tr');"
                        + "return [row.querySelector('th'), row.querySelector('td')].map(c => {"
                        + "  const text = document.createTreeWalker(c, NodeFilter.SHOW_TEXT)"
                        + "      .nextNode();"
                        + "  const range = document.createRange();"
                        + "  range.selectNodeContents(text);"
                        + "  return [range.getBoundingClientRect().top - c.getBoundingClientRect()"
                        + "      .top, getComputedStyle(c).paddingTop];"
                        + "});");

        List<?> label = (List<?>) tops.get(0);
        List<?> value = (List<?>) tops.get(1);
        assertEquals(label.get(1), value.get(1), "same top padding");
        double offset = Math.abs(((Number) label.get(0)).doubleValue()
                - ((Number) value.get(0)).doubleValue());
        assertTrue(offset < 1.0, "label and value text tops differ by " + offset + " px");
        saveScreenshot("welsh-plan-home.png");
    }

    @Test
    void pastDateLooksLikeFutureDate() throws Exception {
        String home = createPlan();
        HttpResponse<String> child = new PreviewClient(port).post(home + "/create-child",
                Map.of("title", "Dates", "labels", "", "body", "<p><time datetime="
                        + "\"2020-01-06\" /> and <time datetime=\"2099-01-05\" /></p>"));
        assertEquals(303, child.statusCode(), child.body());
        driver.get("http://localhost:" + port
                + child.headers().firstValue("Location").orElseThrow());

        List<?> styles = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return ['time.date-past', 'time.date-future'].map(s => {"
                        + "  const style = getComputedStyle(document.querySelector(s));"
                        + "  return [style.color, style.backgroundColor];"
                        + "});");

        List<?> past = (List<?>) styles.get(0);
        List<?> future = (List<?>) styles.get(1);
        assertEquals(future.get(0), past.get(0), "text colour");
        assertEquals(future.get(1), past.get(1), "background colour");
        int[] background = rgb((String) past.get(1));
        assertTrue(Math.abs(background[0] - background[2]) < 24
                && Math.abs(background[1] - background[2]) < 24,
                "grey background, not " + past.get(1));
    }

    private String createPlan() throws Exception {
        Map<String, String> form = PreviewHostTest.validForm("Ysgol Gymraeg y Porwr");
        form.put("planLanguage", "cy");
        form.put("localAuthority", "gb-gwn");
        form.put("reportPublished", "2025-01-16");
        HttpResponse<String> created = new PreviewClient(port).post("/create", form);
        assertEquals(303, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static int[] rgb(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9,]", "").split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2])};
    }

    private void saveScreenshot(String name) throws java.io.IOException {
        String screenshotDir = System.getProperty("piap.screenshot.dir");
        if (screenshotDir != null) {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of(screenshotDir, name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
