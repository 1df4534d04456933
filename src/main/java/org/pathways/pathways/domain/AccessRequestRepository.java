package org.pathways.pathways.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    List<AccessRequest> findByEducatorIdOrderByRequestedAtDesc(long educatorId);

    Optional<AccessRequest> findByEducatorIdAndEndorsementCodeAndStatus(long educatorId, String endorsementCode,
                                                                        AccessRequest.Status status);

    @Query("""
            select r from AccessRequest r
            where r.status = :status and (:endorsement is null or r.endorsementCode = :endorsement)
            order by r.requestedAt asc""")
    List<AccessRequest> queue(AccessRequest.Status status, String endorsement);

    List<AccessRequest> findByEducatorIdInAndStatusOrderByRequestedAtAsc(List<Long> educatorIds,
                                                                          AccessRequest.Status status);
}
