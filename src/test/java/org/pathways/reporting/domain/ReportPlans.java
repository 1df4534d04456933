package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.pathways.shared.SchoolYear;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Runs each report once against a database and times every SQL statement it issues alone with
 * EXPLAIN ANALYZE, so a page's time can be set beside its raw queries. Also times the CSV exports,
 * written to nowhere. The plans go to the returned text in Markdown.
 */
public final class ReportPlans {

    private final List<String> explained = new ArrayList<>();
    private boolean explaining;
    private final DataSource plain;
    private final JdbcTemplate jdbc;
    private final CsvStreamer csv;

    private ReportPlans(String jdbcUrl) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(jdbcUrl);
        this.plain = source;
        DataSource explaining = ProxyDataSourceBuilder.create(source).listener(new Explainer()).build();
        this.jdbc = new JdbcTemplate(explaining);
        this.csv = new CsvStreamer(source, new DataSourceTransactionManager(source));
    }

    /** Times the reports of the running school year and returns the figures and plans in Markdown. */
    public static String run(String jdbcUrl) {
        return new ReportPlans(jdbcUrl).report(SchoolYear.containing(LocalDate.now()));
    }

    private String report(SchoolYear year) {
        ReportFilter filter = new ReportFilter(year, null, null, null, null);
        StringBuilder out = new StringBuilder("| report | service call ms | SQL statements | sum of EXPLAIN ANALYZE ms |\n"
                + "|---|---:|---:|---:|\n");
        StringBuilder plans = new StringBuilder();
        time(out, plans, "stipends", () -> new StipendReport(jdbc, csv).run(filter));
        time(out, plans, "cpe", () -> new CpeReport(jdbc, csv).run(filter));
        time(out, plans, "engagement", () -> new EngagementReport(jdbc, csv).run(filter, LocalDate.now()));
        String role = jdbc.queryForList("select code from career_role order by tier, code limit 1", String.class)
                .stream().findFirst().orElse(null);
        time(out, plans, "stipends, live for a career role (" + role + ")", () -> new StipendReport(jdbc, csv)
                .run(new ReportFilter(year, null, null, null, role)));
        time(out, plans, "people (3+ earned, no leader role)", () -> new PopulationReport(jdbc, csv)
                .run(new PopulationFilter(filter, 3, true, 0), LocalDate.now()));
        out.append("\n| CSV export | rows | ms |\n|---|---:|---:|\n");
        csvTime(out, "stipends.csv", o -> new StipendReport(jdbc, csv).writeCsv(filter, o));
        csvTime(out, "cpe.csv", o -> new CpeReport(jdbc, csv).writeCsv(filter, o));
        csvTime(out, "engagement.csv", o -> new EngagementReport(jdbc, csv).writeCsv(filter, o));
        csvTime(out, "engagement/reviewers.csv", o -> new EngagementReport(jdbc, csv).writeReviewersCsv(filter, o));
        long t0 = System.nanoTime();
        new ReportFigures(new JdbcTemplate(plain)).refresh();
        out.append(String.format(Locale.ROOT, "%nRefreshing the report figures (concurrently): %.0f ms%n",
                (System.nanoTime() - t0) / 1e6));
        return out + "\n" + plans;
    }

    private void time(StringBuilder out, StringBuilder plans, String name, Runnable report) {
        report.run(); // warm the cache as a page under load would
        long t0 = System.nanoTime();
        report.run();
        double millis = (System.nanoTime() - t0) / 1e6;
        explained.clear();
        explaining = true;
        report.run();
        explaining = false;
        double sql = explained.stream().mapToDouble(ReportPlans::executionMillis).sum();
        out.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.0f |%n", name, millis, explained.size(), sql));
        plans.append("### ").append(name).append("\n\n");
        explained.forEach(plan -> plans.append("```\n").append(plan).append("```\n\n"));
    }

    private interface CsvJob {
        void write(OutputStream out);
    }

    private void csvTime(StringBuilder out, String name, CsvJob job) {
        long[] lines = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    lines[0]++;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
        long t0 = System.nanoTime();
        job.write(counting);
        out.append(String.format(Locale.ROOT, "| %s | %d | %.0f |%n", name, lines[0] - 1, (System.nanoTime() - t0) / 1e6));
    }

    private static double executionMillis(String plan) {
        int at = plan.lastIndexOf("Execution Time: ");
        return at < 0 ? 0 : Double.parseDouble(plan.substring(at + 16).split(" ")[0]);
    }

    /** After each statement, runs it again alone under EXPLAIN ANALYZE with the same parameters. */
    private final class Explainer implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            if (!explaining) {
                return;
            }
            for (QueryInfo query : queryInfoList) {
                List<List<ParameterSetOperation>> sets = query.getParametersList();
                explained.add(explain(query.getQuery(), sets.isEmpty() ? List.of() : sets.get(0)));
            }
        }

        private String explain(String sql, List<ParameterSetOperation> parameters) {
            try (Connection connection = plain.getConnection();
                 PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
                for (ParameterSetOperation operation : parameters) {
                    Object[] args = operation.getArgs();
                    if (args.length < 2 || !(args[0] instanceof Integer index)) {
                        continue;
                    }
                    if (operation.getMethod().getName().equals("setNull")) {
                        statement.setNull(index, (Integer) args[1]);
                    } else {
                        statement.setObject(index, args[1]);
                    }
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } catch (SQLException e) {
                return "EXPLAIN failed: " + e.getMessage() + "\n";
            }
        }
    }
}
