package wales.piap.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
}
