package org.moneygraph.explorer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}), so no driver or browser is downloaded at test time.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;
    private int loads;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** The Chromium binary on PATH, or empty when the machine has none. */
    public static Optional<Path> chromium() {
        return BROWSERS.stream().map(Browser::onPath).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).findFirst();
    }

    public static Browser start(Path chromium, int port) {
        Path chromedriver = onPath("chromedriver").orElseThrow(() -> new IllegalStateException(
                "Chromium is installed but chromedriver is not on PATH; install chromium-driver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port + "/");
    }

    /**
     * Loads a deep link such as {@code #/project/Project:000-s216-highway} afresh (a new query string forces a
     * real page load, not a hash change) and waits until its page is drawn.
     */
    public void open(String hash) {
        driver.get(base + "?load=" + (++loads) + hash);
        awaitReady();
    }

    /** Waits until the page of the current hash, not the one before it, is drawn. */
    public void awaitReady() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(
                "const view = document.getElementById('view');"
                        + "return view.dataset.ready === 'true' && view.dataset.route === location.hash;")));
    }

    /** Waits for an ECharts box to hold its SVG and returns every text drawn in it, one per line. */
    public String chartText(String testId) {
        String selector = "[data-testid='" + testId + "'] svg";
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(selector + " text")).isEmpty());
        return (String) js("return [...document.querySelectorAll(arguments[0] + ' text')]"
                + ".map(t => t.textContent).join('\\n')", selector);
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves the whole page, up to 2400 pixels tall, under target/explorer-screenshots/. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(2400, Math.max(window.getHeight(), height))));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
