package org.pathways.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseServerTests {

    @TempDir
    Path home;

    @Test
    void keepsDataAcrossRestartsWithFsyncOn() throws Exception {
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(home)) {
            execute(server.jdbcUrl(), "create table kept (v text); insert into kept values ('still here')");
            assertThat(query(server.jdbcUrl(), "show fsync")).isEqualTo("on");
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(home)) {
            assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("still here");
        }
    }

    @Test
    void takesOverFromAServerLeftRunningByAKilledProcess() throws Exception {
        // What a kill -9 of the JVM leaves behind: a postmaster owning the data directory, with no JVM
        // (and so no file lock) of ours. Start one with the same command line, as an independent process.
        List<String> command;
        try (EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            execute(first.getJdbcUrl("postgres", "postgres"), "create table kept (v text); insert into kept values ('x')");
            ProcessHandle.Info info = EmbeddedDatabaseServer.leftoverPostmaster(home.resolve("postgres"))
                    .orElseThrow().info();
            command = new ArrayList<>(List.of("unshare", "-U")); // as zonky does: postgres refuses to run as root
            command.add(info.command().orElseThrow());
            command.addAll(List.of(info.arguments().orElseThrow()));
        }
        Process leftover = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await(() -> {
            try {
                return EmbeddedDatabaseServer.leftoverPostmaster(home.resolve("postgres")).isPresent();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        ProcessHandle leftoverProcess = leftover.toHandle();

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(home)) {
            assertThat(leftoverProcess.isAlive()).isFalse();
            assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("x");
        }
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryFailsClearly() {
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(home)) {
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(home))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Pathways instance is already using the database");
            assertThat(first.jdbcUrl()).isNotBlank();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the leftover server did not start");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
