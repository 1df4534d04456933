package org.pathways.incentives.domain;

import org.pathways.shared.SchoolYear;

/** Someone stored a newer policy version while this change was being prepared. */
public class ConcurrentPolicyChangeException extends RuntimeException {

    ConcurrentPolicyChangeException(SchoolYear year, int currentVersion) {
        super("The " + year + " policy was changed meanwhile (now version " + currentVersion
                + "); review the current values and save again.");
    }
}
