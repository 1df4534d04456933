package org.pathways.pathways.domain;

import java.time.LocalDate;
import java.util.List;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementRule.Progress;
import org.pathways.catalog.MicroCredential;

/** Everything an educator's home page shows about their pathway. */
public record Dashboard(List<Card> endorsements, List<Working> inProgress, List<Held> earned,
                        List<NextStep> nextSteps, List<AccessRequests.QueueEntry> requests,
                        LocalDate today) {

    /** An endorsement on the dashboard: progress bar, what is left in words, whether it is complete. */
    public record Card(Endorsement endorsement, Progress progress, String left, boolean complete) {
    }

    public record Working(MicroCredential credential, boolean returned, int attempt) {
    }

    public record Held(MicroCredential credential, LocalDate earnedOn) {
    }

    /** A micro-credential to start next and the goals it moves forward. */
    public record NextStep(MicroCredential credential, List<String> goals) {
    }
}
