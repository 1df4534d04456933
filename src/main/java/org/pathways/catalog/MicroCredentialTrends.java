package org.pathways.catalog;

import java.util.List;
import java.util.Map;

/**
 * How educators fare on each micro-credential, shown to admins as the input for revising it. The
 * catalog does not read review data itself; another module (reporting) implements this, and the
 * catalog pages say "no data yet" when none does.
 */
public interface MicroCredentialTrends {

    /** The summary of every micro-credential that has submissions, by code, read in one go. */
    Map<String, Summary> summaries();

    /** The summary and the rubric criteria scored below passing, all versions together. */
    Trend of(String microCredentialCode);

    /**
     * Attempts submitted for review (withdrawn ones left out), and how many first attempts were
     * decided and how many of those were earned.
     */
    record Summary(long submissions, long firstAttemptsDecided, long firstAttemptsEarned) {

        public static final Summary NONE = new Summary(0, 0, 0);

        /** Share of decided first attempts that were earned, in whole percent; empty before any decision. */
        public Integer firstAttemptPassPercent() {
            return firstAttemptsDecided == 0 ? null
                    : (int) Math.round(100.0 * firstAttemptsEarned / firstAttemptsDecided);
        }
    }

    /**
     * A criterion as it was named in one version, how often it was scored and how often below that
     * version's passing level.
     */
    record CriterionTrend(int version, int position, String criterion, long scored, long belowPassing) {

        /** Share of its scores below passing, in whole percent. */
        public int belowPassingPercent() {
            return scored == 0 ? 0 : (int) Math.round(100.0 * belowPassing / scored);
        }
    }

    /** The criteria with at least one score below passing, most often below first. */
    record Trend(Summary summary, List<CriterionTrend> criteriaBelowPassing) {
    }
}
