package org.pathways.pathways.domain;

import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.people.PeopleApi;
import org.pathways.shared.Mailer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Emails the educator once their access request is decided (the dashboard shows it too). */
@Component
class AccessRequestNotifier {

    private final PeopleApi people;
    private final CatalogApi catalog;
    private final Mailer mailer;

    AccessRequestNotifier(PeopleApi people, CatalogApi catalog, Mailer mailer) {
        this.people = people;
        this.catalog = catalog;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(AccessRequestDecided event) {
        String title = catalog.endorsement(event.endorsementCode()).map(Endorsement::title)
                .orElse(event.endorsementCode());
        people.educator(event.educatorId()).ifPresent(educator -> {
            String outcome = event.approved() ? "approved" : "not approved";
            StringBuilder body = new StringBuilder("Hello " + educator.firstName() + ",\n\n"
                    + "Your request for access to " + title + " was " + outcome + ".\n");
            if (event.note() != null) {
                body.append("\nNote from the district: ").append(event.note()).append('\n');
            }
            if (event.approved()) {
                body.append("\nYou can now add ").append(title).append(" to your dashboard in Pathways.\n");
            }
            if (!mailer.send(educator.email(), "Access to " + title + " " + outcome, body.toString())) {
                // Thrown so the event stays incomplete in the registry and is sent again on resubmission.
                throw new IllegalStateException("Email about access request " + event.requestId() + " not sent");
            }
        });
    }
}
