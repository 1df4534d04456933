package org.pathways.review.domain;

import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionSubmitted;
import org.pathways.review.notify.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Confirms a submission to its educator once it is committed; the registry retries until this completes. */
@Component
class SubmittedListener {

    private final Notifications notifications;
    private final CatalogApi catalog;

    SubmittedListener(Notifications notifications, CatalogApi catalog) {
        this.notifications = notifications;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(SubmissionSubmitted event) {
        String title = catalog.microCredential(event.microCredentialCode()).map(MicroCredential::title)
                .orElse(event.microCredentialCode());
        notifications.tell("submitted-" + event.submissionId(), event.educatorId(), "Submitted: " + title,
                "We received your portfolio for \u201c" + title + "\u201d (attempt " + event.attempt() + "). A reviewer "
                        + "will score it against the rubric; we will email you when it has been reviewed.",
                "/portfolio/submissions/" + event.submissionId());
    }
}
