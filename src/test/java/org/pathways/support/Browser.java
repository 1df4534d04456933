package org.pathways.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real Chromium (Debian's package) driven by Playwright. A missing browser fails the test with
 * the command that installs it; it is never skipped.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is not installed at " + CHROMIUM
                    + ". Install it with: apt-get update && apt-get install -y chromium chromium-driver");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    public Page newPage(String baseUrl) {
        return browser.newContext(new NewContextOptions().setBaseURL(baseUrl)).newPage();
    }

    /** Runs axe-core on the page and fails on any serious or critical violation. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!severe.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + severe.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
