package org.pathways.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the running app's pages at a number of concurrent signed-in users and prints p50/p95/p99,
 * throughput and the ratio to a static resource of the same app (the ceiling). Closed loop: each
 * user sends its next request when the previous answer arrived.
 *
 * <pre>./mvnw -q -Pbenchmark exec:java -Dbenchmark.url=http://localhost:8080 -Dbenchmark.users=32 -Dbenchmark.seconds=20</pre>
 *
 * <p>With {@code -Dbenchmark.jdbc=jdbc:postgresql://...} it first tops the app's database up to the data
 * set named by {@code -Dbenchmark.generate=district|state} (if given) and times each report's SQL alone
 * with EXPLAIN ANALYZE (target/benchmark/reports.md); {@code -Dbenchmark.pages=false} skips the pages.
 */
public final class LoadDriver {

    private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = System.getProperty("benchmark.password", "pathways-demo");

    /** A page to measure, fetched by users signed in as {@code persona} (null: anonymous). */
    record Target(String name, String path, String persona) {
    }

    record Result(Target target, long requests, long errors, double seconds, Histogram latency) {

        double throughput() {
            return requests / seconds;
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1_000_000.0;
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("static resource (ceiling)", "/css/app.css", null),
            new Target("educator dashboard", "/", "teacher@example.org"),
            new Target("catalog", "/catalog", "teacher@example.org"),
            new Target("endorsement page", "/catalog/endorsements/ctc-1", "teacher@example.org"),
            new Target("role card", "/roles/plc-leader", "teacher@example.org"),
            new Target("review queue", "/review", "coach@example.org"),
            new Target("stipend report", "/reports/stipends", "admin@example.org"),
            new Target("CPE report", "/reports/cpe", "admin@example.org"),
            new Target("engagement report", "/reports/engagement", "admin@example.org"));

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String jdbc = System.getProperty("benchmark.jdbc");
        if (jdbc != null) {
            String set = System.getProperty("benchmark.generate");
            if (set != null) {
                DataSetGenerator.generate(jdbc, DataSetGenerator.Size.of(set));
            }
            String plans = org.pathways.reporting.domain.ReportPlans.run(jdbc);
            Path out = Path.of("target", "benchmark", "reports.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, plans);
            log.info("\n{}", plans.substring(0, plans.indexOf("###")));
        }
        if (!Boolean.parseBoolean(System.getProperty("benchmark.pages", "true"))) {
            return;
        }
        String base = System.getProperty("benchmark.url", "http://localhost:8080");
        int users = Integer.getInteger("benchmark.users", 32);
        Duration duration = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 5));
        List<Result> results = new ArrayList<>();
        for (Target target : TARGETS) {
            List<HttpClient> clients = signIn(base, target.persona(), users);
            if (status(clients.get(0), base + target.path()) != 200) {
                log.info("{} ({}): not served yet, skipped", target.name(), target.path());
                continue;
            }
            run(clients, base, target, warmup);
            Result result = run(clients, base, target, duration);
            results.add(result);
            log.info("{}: {} req/s, p95 {} ms", target.name(), Math.round(result.throughput()),
                    String.format(Locale.ROOT, "%.1f", result.millis(95)));
        }
        String table = table(results, users);
        log.info("\n{}", table);
        Path out = Path.of("target", "benchmark", "pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    static Result run(List<HttpClient> clients, String base, Target target, Duration duration)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + target.path())).GET().build();
        long start = System.nanoTime();
        for (HttpClient client : clients) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        recorder.recordValue(System.nanoTime() - t0);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "load-" + target.name()).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        return new Result(target, histogram.getTotalCount(), errors.get(), seconds, histogram);
    }

    static List<HttpClient> signIn(String base, String persona, int users) throws IOException, InterruptedException {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            if (persona != null) {
                String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher csrf = CSRF.matcher(page);
                if (!csrf.find()) {
                    throw new IllegalStateException("No sign-in form at " + base + "/login");
                }
                String form = "username=" + encode(persona) + "&password=" + encode(PASSWORD) + "&_csrf="
                        + encode(csrf.group(1));
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                String location = response.headers().firstValue("Location").orElse("");
                if (location.contains("error")) {
                    throw new IllegalStateException("Sign-in failed for " + persona);
                }
            }
            clients.add(client);
        }
        return clients;
    }

    private static int status(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static String table(List<Result> results, int users) {
        double ceiling = results.stream().filter(r -> r.target().persona() == null).findFirst()
                .map(Result::throughput).orElse(Double.NaN);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d concurrent users, closed loop%n%n| page | path | requests | errors | req/s | p50 ms | p95 ms | "
                        + "p99 ms | share of static |%n|---|---|---:|---:|---:|---:|---:|---:|---:|%n", users));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f | %.0f%% |%n",
                    r.target().name(), r.target().path(), r.requests(), r.errors(), r.throughput(), r.millis(50),
                    r.millis(95), r.millis(99), 100 * r.throughput() / ceiling));
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
