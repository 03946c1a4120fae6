package io.crosscheck.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor's session in a real headless Chromium (Debian's chromium + chromium-driver, which
 * .ci/run installs): log in, open the seeds' story, see the 7-vs-2 conflict with both sides' words
 * marked, dismiss it with a note, find the note in the audit trail; a story whose articles carry
 * script payloads stays inert. Screenshots of the pages land in target/screenshots.
 *
 * <p>Without Chromium the test is skipped on a developer's machine, but fails under CI ({@code
 * CI=true}), where a skipped browser test would hide a broken page.
 */
@QuarkusTest
class BrowserReviewTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static WebDriver browser;
  private static Path profile;

  @TestHTTPResource("/")
  URL base;

  @BeforeAll
  static void startChromium() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI needs Chromium for the page tests: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    profile = Files.createTempDirectory("crosscheck-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1400",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void an_editor_reviews_the_seeds_conflict_and_dismisses_it_with_a_note() throws Exception {
    Newsroom newsroom = new Newsroom();
    String story = newsroom.seedStory();
    browser.manage().deleteAllCookies();

    open("review");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    screenshot("login");
    browser.findElement(By.name("j_username")).sendKeys(Newsroom.EDITOR);
    browser.findElement(By.name("j_password")).sendKeys(Newsroom.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitFor(By.cssSelector("table.stories"));
    assertThat(browser.findElement(By.id("editor")).getText()).isEqualTo(Newsroom.EDITOR);
    screenshot("stories");

    browser.findElement(By.linkText("Strike in western Iraq " + newsroom.run)).click();
    WebElement card = waitFor(By.cssSelector("article.discrepancy"));
    assertThat(browser.getCurrentUrl()).contains("/review/stories/" + story);
    assertThat(card.findElement(By.tagName("h2")).getText())
        .isEqualTo("numeric-conflict: injured (us-military)");
    List<String> values =
        card.findElements(By.cssSelector(".side .value")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(values).containsExactlyInAnyOrder("7", "2");
    List<String> marked =
        card.findElements(By.cssSelector(".side mark")).stream().map(WebElement::getText).toList();
    assertThat(marked).hasSize(2);
    assertThat(String.join(" | ", marked))
        .contains("seven American soldiers sustained injuries")
        .contains("both individuals");
    assertThat(card.getText()).contains("on the word of Major General Patrick Ryder");
    screenshot("story");

    String note = "Pentagon's two are the treated soldiers, not the total";
    card.findElement(By.tagName("textarea")).sendKeys(note);
    card.findElement(By.cssSelector("button[value=dismissed]")).click();
    WebElement notice = waitFor(By.id("notice"));
    assertThat(notice.getText()).isEqualTo("Saved: the discrepancy is now dismissed.");
    card = browser.findElement(By.cssSelector("article.discrepancy"));
    assertThat(card.findElement(By.cssSelector(".badge.status")).getText())
        .isEqualToIgnoringCase("dismissed");
    card.findElement(By.cssSelector("details.history summary")).click();
    assertThat(card.findElement(By.cssSelector("details.history li")).getText())
        .contains("alice: open → dismissed — “" + note + "”");
    screenshot("story-dismissed");

    open("review/queue?status=dismissed");
    assertThat(browser.findElement(By.cssSelector("table.queue")).getText())
        .contains("Strike in western Iraq " + newsroom.run);
    screenshot("queue");

    open("review/stories/" + story + "?status=dismissed");
    assertThat(browser.findElements(By.cssSelector("article.discrepancy"))).hasSize(1);
    open("review/stories/" + story + "?status=open");
    assertThat(browser.findElements(By.cssSelector("article.discrepancy"))).isEmpty();
  }

  @Test
  void an_article_carrying_script_payloads_stays_inert() throws Exception {
    Newsroom newsroom = new Newsroom();
    String payload =
        "<script>window.pwned='script'</script><img src=x onerror=\"window.pwned='img'\">";
    String hostile =
        payload
            + " Seven killed in Karachi blast\nSeven people were killed in a bomb blast at Jodia"
            + " Bazaar in Karachi on Monday "
            + payload
            + ", police said.";
    String calm =
        "Karachi blast kills four\nFour people were killed in a bomb blast at Jodia Bazaar in"
            + " Karachi on Monday, police said.";
    String story =
        newsroom.story(
            "<svg onload=\"window.pwned='title'\">Blast " + newsroom.run,
            newsroom.article("hostile", hostile),
            newsroom.article("calm", calm));
    browser.manage().deleteAllCookies();
    open("login");
    browser.findElement(By.name("j_username")).sendKeys(Newsroom.EDITOR);
    browser.findElement(By.name("j_password")).sendKeys(Newsroom.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitFor(By.cssSelector("table.stories"));

    open("review/stories/" + story);
    waitFor(By.tagName("h1"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<svg onload=");
    browser.findElement(By.cssSelector("details.articles summary")).click();
    assertThat(browser.findElement(By.cssSelector("details.articles")).getText())
        .contains("<script>window.pwned='script'</script><img src=x");
    assertThat(browser.findElements(By.cssSelector("article.discrepancy mark")))
        .extracting(WebElement::getText)
        .contains("Seven people were killed");
    screenshot("hostile");
    assertThat(browser.findElements(By.cssSelector("main script, main img, main svg"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  private void open(String path) {
    browser.get(base.toString() + path);
  }

  private static WebElement waitFor(By what) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(what));
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
