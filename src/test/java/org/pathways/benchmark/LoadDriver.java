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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * With the database at hand, the dashboard is driven by as many different generated educators as there
 * are users (each signed in on its own, each answer checked to be that educator's page); without it, by
 * the demo teacher. {@code -Dbenchmark.paths=/,/catalog} measures only those pages (the static ceiling
 * always). {@code -Dbenchmark.appPid=} and {@code -Dbenchmark.dbPid=} (the app's JVM and the postmaster)
 * add the CPU time each page costs the app and PostgreSQL per request, which a shared machine's load
 * average does not change the way it changes latency.
 */
public final class LoadDriver {

    private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = System.getProperty("benchmark.password", "pathways-demo");

    /** Signs in as a different generated educator per user (needs the database). */
    static final String EACH_USER_ANOTHER_EDUCATOR = "generated educators";

    /** A page to measure, fetched by users signed in as {@code persona} (null: anonymous). */
    record Target(String name, String path, String persona) {
    }

    /** One signed-in user; {@code expect} is text each answer must contain (their own name), or null. */
    record VirtualUser(HttpClient client, String expect) {
    }

    record Result(Target target, long requests, long errors, double seconds, Histogram latency,
                  double appCpuMillis, double dbCpuMillis) {

        double throughput() {
            return requests / seconds;
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1_000_000.0;
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("static resource (ceiling)", "/css/app.css", null),
            new Target("educator dashboard", "/", EACH_USER_ANOTHER_EDUCATOR),
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
        List<String> paths = List.of(System.getProperty("benchmark.paths", "").split(","));
        ProcessCpu cpu = new ProcessCpu(Long.getLong("benchmark.appPid", -1), Long.getLong("benchmark.dbPid", -1));
        List<Result> results = new ArrayList<>();
        for (Target target : TARGETS) {
            if (target.persona() != null && !paths.get(0).isEmpty() && !paths.contains(target.path())) {
                continue;
            }
            List<VirtualUser> signedIn = signIn(base, personas(target, users, jdbc), users);
            if (status(signedIn.get(0).client(), base + target.path()) != 200) {
                log.info("{} ({}): not served yet, skipped", target.name(), target.path());
                continue;
            }
            run(signedIn, base, target, warmup, ProcessCpu.NONE);
            Result result = run(signedIn, base, target, duration, cpu);
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

    /** Who signs in for a page: one persona for all users, or one generated educator each. */
    static List<Persona> personas(Target target, int users, String jdbc) throws SQLException {
        if (target.persona() == null) {
            return java.util.Collections.nCopies(users, null);
        }
        if (!EACH_USER_ANOTHER_EDUCATOR.equals(target.persona())) {
            return java.util.Collections.nCopies(users, new Persona(target.persona(), null));
        }
        if (jdbc == null) {
            return java.util.Collections.nCopies(users, new Persona("teacher@example.org", null));
        }
        List<Persona> educators = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbc); PreparedStatement st = connection.prepareStatement("""
                select e.email, e.first_name || ' ' || e.last_name from educator e join account a on a.educator_id = e.id
                where e.email like 'bench.%' order by hashtext(e.email) limit ?""")) {
            st.setInt(1, users);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    educators.add(new Persona(rs.getString(1), rs.getString(2)));
                }
            }
        }
        if (educators.size() < users) {
            throw new IllegalStateException("Generate a data set first (-Dbenchmark.generate=district): "
                    + "the dashboard is driven by " + users + " different generated educators");
        }
        return educators;
    }

    /** A sign-in, and the name their pages show (null: not checked). */
    record Persona(String email, String name) {
    }

    static Result run(List<VirtualUser> users, String base, Target target, Duration duration, ProcessCpu cpu)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(users.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + target.path())).GET().build();
        ProcessCpu.Sample cpuBefore = cpu.sample();
        long start = System.nanoTime();
        for (VirtualUser user : users) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = user.client().send(request, HttpResponse.BodyHandlers.ofString());
                        recorder.recordValue(System.nanoTime() - t0);
                        if (response.statusCode() != 200
                                || (user.expect() != null && !response.body().contains(user.expect()))) {
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
        ProcessCpu.Sample cpuUsed = cpu.sample().minus(cpuBefore);
        Histogram histogram = recorder.getIntervalHistogram();
        long requests = Math.max(1, histogram.getTotalCount());
        return new Result(target, histogram.getTotalCount(), errors.get(), seconds, histogram,
                cpuUsed.appMillis() / requests, cpuUsed.dbMillis() / requests);
    }

    static List<VirtualUser> signIn(String base, List<Persona> personas, int users)
            throws IOException, InterruptedException {
        List<VirtualUser> signedIn = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Persona persona = personas.get(i);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            if (persona != null) {
                String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher csrf = CSRF.matcher(page);
                if (!csrf.find()) {
                    throw new IllegalStateException("No sign-in form at " + base + "/login");
                }
                String form = "username=" + encode(persona.email()) + "&password=" + encode(PASSWORD) + "&_csrf="
                        + encode(csrf.group(1));
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                String location = response.headers().firstValue("Location").orElse("");
                if (location.contains("error")) {
                    throw new IllegalStateException("Sign-in failed for " + persona.email());
                }
            }
            signedIn.add(new VirtualUser(client, persona == null ? null : persona.name()));
        }
        return signedIn;
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
                        + "p99 ms | share of static | app CPU ms/req | db CPU ms/req |%n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n", users));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %s | `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f | %.0f%% | %.1f | %.1f |%n",
                    r.target().name(), r.target().path(), r.requests(), r.errors(), r.throughput(), r.millis(50),
                    r.millis(95), r.millis(99), 100 * r.throughput() / ceiling, r.appCpuMillis(), r.dbCpuMillis()));
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
