package org.pathways.pathways.domain;

import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementRule.Progress;

/** An educator's own standing on one endorsement, shown on its catalog page. */
public record EndorsementPanel(Endorsement endorsement, AccessDecision decision, boolean onDashboard,
                               AccessRequest pendingRequest, Progress progress, String left) {
}
