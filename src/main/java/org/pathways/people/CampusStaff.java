package org.pathways.people;

import java.util.List;

/** A campus and the head count of its active staff by position. */
public record CampusStaff(String campusCode, String campusName, long activeStaff, List<PositionCount> byPosition) {

    public record PositionCount(String position, long count) {
    }
}
