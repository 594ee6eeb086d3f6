package com.wbassist.app.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
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
 * Debian's Chromium, headless, driven over plain WebDriver by Debian's chromedriver — no DevTools
 * protocol, no browser download (docs/decisions/0635-browser-tests.md). A test that needs it calls
 * {@link #requireChromium()} first: without Chromium the test is skipped and says so plainly.
 *
 * <p>Screenshots go to {@code target/screenshots/}; the ones worth showing are copied into {@code
 * docs/} by hand.
 */
public final class RealBrowser implements AutoCloseable {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("WB_ASSIST_CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("WB_ASSIST_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;

  private RealBrowser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Skips the calling test, with a plain message on the console, when Debian's {@code chromium} and
   * {@code chromium-driver} are not installed. {@code .ci/run} installs them, so CI never skips.
   */
  public static void requireChromium() {
    Optional<String> missing = missingPieces();
    if (missing.isPresent()) {
      String message =
          "SKIPPED browser test: "
              + missing.get()
              + " not found. Install Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver) to run it; .ci/run does.";
      System.err.println(message);
      Assumptions.abort(message);
    }
  }

  private static Optional<String> missingPieces() {
    if (!Files.isExecutable(CHROMIUM)) {
      return Optional.of(CHROMIUM.toString());
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      return Optional.of(CHROMEDRIVER.toString());
    }
    return Optional.empty();
  }

  /**
   * A fresh headless browser with an empty profile.
   *
   * @param language what the browser asks pages for ({@code ru}, {@code en}): the console's labels
   *     follow it
   */
  public static RealBrowser open(String language) {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory("wbassist-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      // The flags Chromium needs on these machines: root, no GPU, and no background calls to
      // Google's hosts (a closed network refuses them, many at a time).
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1400,1000",
          "--lang=" + language,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PATIENCE);
      return new RealBrowser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String url) {
    driver.get(url);
  }

  public WebElement find(By by) {
    return waitFor(d -> d.findElement(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /**
   * Waits (up to 30 s, or {@code patience}) until the condition gives a value that is not false or
   * null.
   */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(PATIENCE, condition);
  }

  public <T> T waitFor(Duration patience, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, patience, Duration.ofMillis(200)).until(condition::apply);
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's source beside its screenshot, for reading a failure after the run. */
  public void keepForFailure(String name) {
    try {
      screenshot(name + "-failed");
      Files.writeString(SCREENSHOTS.resolve(name + "-failed.html"), driver.getPageSource());
    } catch (RuntimeException | IOException e) {
      System.err.println("could not keep the failed page " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
