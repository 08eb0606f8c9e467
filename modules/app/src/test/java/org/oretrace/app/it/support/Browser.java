package org.oretrace.app.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) on the deployed application.
 * Paths are given explicitly so that Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("oretrace.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("oretrace.it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(WebDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    public static Browser open() {
        return open(Server.baseUrl());
    }

    /** A browser on another server, e.g. {@link Server#demoBaseUrl()}. */
    public static Browser open(String baseUrl) {
        return open(baseUrl, null);
    }

    /** A browser that saves every download in the given directory without asking (table exports). */
    public static Browser openDownloadingTo(Path downloads) {
        return open(Server.baseUrl(), downloads);
    }

    private static Browser open(String baseUrl, Path downloads) {
        try {
            Path profile = Files.createTempDirectory("oretrace-chromium");
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile,
                    // screens format dates in the browser's language: fixed, so assertions do not depend on the machine
                    "--lang=en-US");
            java.util.Map<String, Object> prefs = new java.util.HashMap<>(java.util.Map.of("intl.accept_languages", "en-US"));
            if (downloads != null) {
                Files.createDirectories(downloads);
                prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
                prefs.put("download.prompt_for_download", false);
            }
            options.setExperimentalOption("prefs", prefs);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. "/admin/users.xhtml". */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the login page and waits until the application has left it. */
    public Browser login(String username, String password) {
        go("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("login:submit")).isEmpty()
                || !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
        return this;
    }

    public Browser loginAsAdmin() {
        return login(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
    }

    public void logout() {
        click(By.id("userForm:logout"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Browser type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForAjax();
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or running and the document is loaded. */
    public Browser waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
        return this;
    }

    /** Waits until the page's text contains the given text. */
    public Browser waitForText(String text) {
        // a file upload posts the whole page: the body read a moment ago may be gone, so read it again
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> pageText().contains(text));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Severe messages from the browser console (script errors, CSP violations, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("oretrace.it.work-dir", "target/it"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves the last page as {@code <TestClass>-<method>-last.png} (the test that closes the browser, found on the call
     * stack), so that every browser test leaves a screenshot for review under target/ (issue 17), then quits.
     */
    @Override
    public void close() {
        try {
            StackWalker.getInstance().walk(frames -> frames.filter(f -> f.getClassName().endsWith("IT")).findFirst())
                    .ifPresent(f -> screenshot(f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "-"
                            + f.getMethodName() + "-last"));
        } catch (RuntimeException e) {
            // a browser that has crashed or lost its page has nothing to show: quitting still matters
        }
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
