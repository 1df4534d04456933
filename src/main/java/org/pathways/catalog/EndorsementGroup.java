package org.pathways.catalog;

import java.util.List;

/** A heading of the catalog, such as "Leader Focused Micro-endorsements". */
public record EndorsementGroup(String code, String title, List<Endorsement> endorsements) {
}
