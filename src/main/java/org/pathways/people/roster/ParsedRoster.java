package org.pathways.people.roster;

import java.util.List;

/** What a reader got out of a file: the well-formed rows and the problems of the rest. */
record ParsedRoster(List<RosterRow> rows, List<RosterError> errors) {

    static ParsedRoster failed(RosterError error) {
        return new ParsedRoster(List.of(), List.of(error));
    }
}
