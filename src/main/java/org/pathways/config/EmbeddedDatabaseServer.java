package org.pathways.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by the application itself, with its data kept in a directory
 * across restarts. Durable (fsync on) and able to take over after the previous JVM was killed.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts the server on {@code home}/postgres, stopping a server left behind by a killed JVM. */
    public static EmbeddedDatabaseServer start(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(home.resolve("app.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, home);
            Path dataDirectory = home.resolve("postgres");
            stopLeftoverServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedDatabaseServer(postgres, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path home) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Pathways instance is already using the database in "
                    + home.toAbsolutePath() + ". Stop it first, or set SPRING_DATASOURCE_URL to use another PostgreSQL.");
        }
        return lock;
    }

    /**
     * After a kill -9 of the JVM its postgres child keeps running and holds postmaster.pid.
     * We hold the app lock, so no live Pathways owns that server: stop it before starting ours.
     */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = leftoverPostmaster(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        log.warn("Stopping a PostgreSQL server (pid {}) left running by a previous Pathways process", process.pid());
        process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, which checkpoints
        try {
            process.onExit().get(LEFTOVER_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception timeout) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    static Optional<ProcessHandle> leftoverPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
