package org.pathways.pathways;

import java.util.List;
import java.util.Set;
import org.pathways.pathways.domain.Dashboards;
import org.springframework.stereotype.Service;

/** Educators' progress on the endorsements they added, for other modules and reports. */
@Service
public class PathwaysApi {

    private final Dashboards dashboards;

    PathwaysApi(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    /** Endorsements on the educator's dashboard with their progress, in the order they were added. */
    public List<EndorsementProgress> progress(long educatorId) {
        return dashboards.progress(educatorId);
    }

    /** Codes of the endorsements whose rule the educator's earned micro-credentials meet. */
    public Set<String> completedEndorsements(long educatorId) {
        return dashboards.completedCodes(educatorId);
    }
}
