package org.pathways.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by the app's JVM and by PostgreSQL (the postmaster and its backends), read from Linux's
 * /proc. Divided by the requests of a run it gives the cost of a page, which stays comparable between
 * runs on a shared machine when latency does not. A pid of -1 reads as zero.
 */
final class ProcessCpu {

    static final ProcessCpu NONE = new ProcessCpu(-1, -1);

    /** Clock ticks per second of /proc/[pid]/stat; 100 on Linux ({@code getconf CLK_TCK}). */
    private static final double MILLIS_PER_TICK = 10;

    record Sample(double appMillis, double dbMillis) {

        Sample minus(Sample earlier) {
            return new Sample(appMillis - earlier.appMillis, dbMillis - earlier.dbMillis);
        }
    }

    private final long appPid;
    private final long dbPid;

    ProcessCpu(long appPid, long dbPid) {
        this.appPid = appPid;
        this.dbPid = dbPid;
    }

    Sample sample() {
        if (appPid < 0 && dbPid < 0) {
            return new Sample(0, 0);
        }
        Map<Long, long[]> all = processes();
        return new Sample(treeTicks(appPid, all) * MILLIS_PER_TICK, treeTicks(dbPid, all) * MILLIS_PER_TICK);
    }

    /** The process and its descendants: their own CPU, and that of their exited children. */
    private static long treeTicks(long root, Map<Long, long[]> all) {
        if (root < 0) {
            return 0;
        }
        long ticks = 0;
        List<Long> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            long pid = pending.remove(pending.size() - 1);
            long[] stat = all.get(pid);
            if (stat != null) {
                ticks += stat[1];
            }
            all.forEach((child, s) -> {
                if (s[0] == pid) {
                    pending.add(child);
                }
            });
        }
        return ticks;
    }

    /** pid -> {parent pid, utime + stime + cutime + cstime}. */
    private static Map<Long, long[]> processes() {
        Map<Long, long[]> all = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    all.put(Long.parseLong(p.getFileName().toString()), new long[] {Long.parseLong(f[1]),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                    + Long.parseLong(f[14])});
                } catch (IOException | RuntimeException e) {
                    // the process ended while we read: its time went to its parent's children counters
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("CPU time needs Linux's /proc", e);
        }
        return all;
    }
}
