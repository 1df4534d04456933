package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.Access;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementRule;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.pathways.domain.AccessDecision.Kind;
import org.pathways.pathways.domain.AccessPolicy;
import org.pathways.pathways.domain.Standing;

class AccessPolicyTests {

    static final EndorsementRule CTC1_RULE = new EndorsementRule(List.of("behavior", "planning"), 1,
            List.of("routines", "writing", "discussion"));
    static final Endorsement CTC1 = endorsement("ctc-1", "CTC I", Access.ALL_ACCESS, EndorsementStatus.OPEN, null,
            CTC1_RULE);
    static final Endorsement CTC2 = endorsement("ctc-2", "CTC II", Access.ALL_ACCESS, EndorsementStatus.OPEN,
            "ctc-1", new EndorsementRule(List.of("equity"), 2, List.of("routines", "writing", "discussion")));
    static final Endorsement PLC = endorsement("plc-leaders", "PLC Leaders", Access.ROLE_GATED,
            EndorsementStatus.OPEN, null, new EndorsementRule(List.of("plc-work"), 0, List.of()));
    static final CareerRole PLC_LEADER = new CareerRole("plc-leader", "PLC Leader", 2, "", List.of(), "plc-leaders",
            List.of(), true);

    static Endorsement endorsement(String code, String title, Access access, EndorsementStatus status,
                                   String prerequisite, EndorsementRule rule) {
        return new Endorsement(code, title, "g", "Group", access, status, rule, prerequisite, null);
    }

    static Standing standing(Set<String> earned, Set<String> roles, Set<String> approved) {
        return new Standing(earned, roles, approved);
    }

    @Test
    void allAccessIsOpenToEveryone() {
        var decision = AccessPolicy.decide(CTC1, null, List.of(), standing(Set.of(), Set.of(), Set.of()));
        assertThat(decision.kind()).isEqualTo(Kind.ALLOWED);
    }

    @Test
    void comingSoonCannotBeStartedByAnyone() {
        Endorsement soon = endorsement("esl", "ESL", Access.ROLE_GATED, EndorsementStatus.COMING_SOON, null,
                EndorsementRule.none());
        var decision = AccessPolicy.decide(soon, null, List.of(), standing(Set.of(), Set.of("esl-teacher"), Set.of("esl")));
        assertThat(decision.kind()).isEqualTo(Kind.LOCKED);
        assertThat(decision.reason()).isEqualTo("ESL is coming soon: nothing can be started yet.");
    }

    @Test
    void prerequisiteLocksUntilItsRuleIsMet() {
        var before = AccessPolicy.decide(CTC2, CTC1, List.of(),
                standing(Set.of("behavior", "planning"), Set.of(), Set.of()));
        assertThat(before.kind()).isEqualTo(Kind.LOCKED);
        assertThat(before.reason()).isEqualTo("Complete CTC I first: CTC II builds on it.");

        var after = AccessPolicy.decide(CTC2, CTC1, List.of(),
                standing(Set.of("behavior", "planning", "writing"), Set.of(), Set.of()));
        assertThat(after.kind()).isEqualTo(Kind.ALLOWED);
    }

    @Test
    void roleGatedIsOpenToHoldersOfTheRoleAndToApprovedRequests() {
        assertThat(AccessPolicy.decide(PLC, null, List.of(PLC_LEADER),
                standing(Set.of(), Set.of("plc-leader"), Set.of())).kind()).isEqualTo(Kind.ALLOWED);
        assertThat(AccessPolicy.decide(PLC, null, List.of(PLC_LEADER),
                standing(Set.of(), Set.of(), Set.of("plc-leaders"))).kind()).isEqualTo(Kind.ALLOWED);
    }

    @Test
    void roleGatedWithoutTheRoleNeedsARequestAndSaysWhichRole() {
        var decision = AccessPolicy.decide(PLC, null, List.of(PLC_LEADER),
                standing(Set.of(), Set.of("mentor-teacher"), Set.of("mentor-teachers")));
        assertThat(decision.kind()).isEqualTo(Kind.REQUEST_NEEDED);
        assertThat(decision.reason()).startsWith("For educators who hold PLC Leader.");
    }
}
