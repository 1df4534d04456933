package org.pathways.people.roster;

import java.util.List;

/** Published inside the apply transaction: the educators it created (to be invited once it commits). */
public record RosterApplied(long importId, List<Long> createdEducatorIds) {
}
