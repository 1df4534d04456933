package org.pathways.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByEducatorIdOrderByCreatedAtDesc(long educatorId);

    List<Submission> findByEducatorIdAndMicroCredentialCodeOrderByAttemptAsc(long educatorId, String code);
}
