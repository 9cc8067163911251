package org.kumiai.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium pointed at {@code kumiai.url}, with nothing of another test's: no cookie,
 * no stored data, no console output. Close it when done.
 */
public final class Browser implements AutoCloseable {

  /**
   * How often a wait looks again. Selenium's default, half a second, was paid after nearly every
   * click that loads a page (the first look always comes before the new page): minutes of the
   * suite.
   */
  public static final Duration POLL = Duration.ofMillis(50);

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  /**
   * Browsers closed by earlier tests, cleared for the next: starting Chromium costs a second or two
   * of a two-core machine, some sixty times a suite. A few at most (a journey may hold several).
   */
  private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

  private static final int IDLE_AT_MOST = 3;

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Chromium c = IDLE.poll(); c != null; c = IDLE.poll()) {
                    c.quit();
                  }
                }));
  }

  private final Chromium chromium;
  private final ChromeDriver driver;

  /**
   * A browser with no cookies, storage or console output of any earlier test: one an earlier test
   * closed and that was cleared then, or a new Chromium with a fresh profile.
   */
  public Browser() {
    Chromium idle = IDLE.poll();
    chromium = idle != null ? idle : Chromium.start();
    driver = chromium.driver();
  }

  /** One Chromium under chromedriver, with the profile directory it writes. */
  private record Chromium(ChromeDriver driver, Path profile) {

    static Chromium start() {
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
      Path profile;
      try {
        Path target = Path.of("target");
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=" + WIDTH + "," + HEIGHT,
          "--user-data-dir=" + profile.toAbsolutePath());
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriver driver = new ChromeDriver(options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Chromium(driver, profile);
    }

    /**
     * Leaves it as a new one would be: one blank tab, no cookies (the language choice and every
     * session are cookies), nothing stored for the site, the console read, the first size; false
     * when that cannot be done, and it is not reused.
     */
    boolean cleared() {
      try {
        if (driver.getWindowHandles().size() != 1) {
          return false;
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand(
            "Storage.clearDataForOrigin", Map.of("origin", Http.base(), "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        driver.manage().logs().get(LogType.BROWSER);
        Object left = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        return left instanceof List<?> cookies && cookies.isEmpty();
      } catch (RuntimeException e) {
        return false;
      }
    }

    void quit() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Loads {@code path} (e.g. "/stores?coop=WAKABA") and waits for the document to be complete. */
  public Browser open(String path) {
    driver.get(Http.base() + path);
    waitForPage();
    return this;
  }

  /** Waits until the current document has loaded completely. */
  public void waitForPage() {
    new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits (up to 30 s) for an element to be visible, then returns it. */
  public WebElement waitFor(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public String text(String css) {
    return find(css).getText().trim();
  }

  /** The current value of an input, as the browser holds it. */
  public String value(String css) {
    return driver.findElement(By.cssSelector(css)).getAttribute("value");
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(Http.base()) ? url.substring(Http.base().length()) : url;
  }

  public String htmlLang() {
    return find("html").getAttribute("lang");
  }

  /**
   * The browser console since the last call, or null when this ChromeDriver does not support the
   * log API.
   */
  public List<LogEntry> consoleLog() {
    try {
      return driver.manage().logs().get(LogType.BROWSER).getAll();
    } catch (RuntimeException unsupported) {
      return null;
    }
  }

  /**
   * Saves a PNG of the whole page as {@code <screenshots>/<name>}: the window is stretched to the
   * document's height first (and where the window cannot grow past the screen, the viewport is
   * stretched through DevTools), then put back.
   */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Dimension before = driver.manage().window().getSize();
      int height = documentHeight();
      driver
          .manage()
          .window()
          .setSize(new Dimension(before.getWidth(), Math.min(height + 120, 8000)));
      boolean overridden = false;
      Number viewport = (Number) driver.executeScript("return window.innerHeight");
      if (viewport.intValue() < documentHeight()) {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        driver.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width",
                width.intValue(),
                "height",
                Math.min(documentHeight(), 8000),
                "deviceScaleFactor",
                1,
                "mobile",
                false));
        overridden = true;
      }
      Path file = dir.resolve(name);
      Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
      if (overridden) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
      driver.manage().window().setSize(before);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int documentHeight() {
    Number height =
        (Number)
            driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    return height.intValue();
  }

  /** Hands the browser to the next test, cleared, or quits it. */
  @Override
  public void close() {
    if (IDLE.size() < IDLE_AT_MOST && chromium.cleared()) {
      IDLE.push(chromium);
    } else {
      chromium.quit();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // A leftover profile under target/ is harmless.
    }
  }
}
