package it.io.ostock.organization.operations;

import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator opens the Liberty admin center in a real (headless) Chromium over HTTPS and logs in
 * with the administrator from the environment. Screenshots stay in target/it-artifacts.
 */
class AdminCenterIT {

    private static final String ADMIN_CENTER = "https://localhost:" + StackEnv.get("ORGANIZATION_IT_HTTPS_PORT")
            + "/adminCenter/";
    private static final Path ARTIFACTS = Path.of(System.getProperty("it.artifacts.dir", "target/it-artifacts"));

    private static WebDriver browser;

    @BeforeAll
    static void openChromium() throws IOException {
        Files.createDirectories(ARTIFACTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The server's certificate is Liberty's self-signed one; the closed network needs the quiet flags.
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorLogsInAndSeesTheToolbox() throws IOException {
        browser.get(ADMIN_CENTER);
        // Pages are replaced while we wait (login redirects), so a vanished element only means "look again".
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        assertTrue(browser.getCurrentUrl().startsWith("https://"), "served over HTTPS only");

        browser.findElement(By.id("j_username")).sendKeys(StackEnv.get("LIBERTY_ADMIN_USER"));
        browser.findElement(By.id("j_password")).sendKeys("not-the-password");
        browser.findElement(By.id("loginButton")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Login error"));
        screenshot("admin-center-refused.png");
        assertTrue(browser.getCurrentUrl().contains("login"), "a wrong password stays on the login page");

        browser.findElement(By.id("j_username")).clear();
        browser.findElement(By.id("j_username")).sendKeys(StackEnv.get("LIBERTY_ADMIN_USER"));
        browser.findElement(By.id("j_password")).sendKeys(StackEnv.get("LIBERTY_ADMIN_PASSWORD"));
        browser.findElement(By.id("loginButton")).click();
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Server Config"));
        } finally {
            screenshot("admin-center-toolbox.png");
        }
        String page = browser.findElement(By.tagName("body")).getText();
        for (String shown : new String[]{"Toolbox", "Explore", "Server Config"}) {
            assertTrue(page.contains(shown), () -> "the toolbox shows " + shown + ": " + page);
        }
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
