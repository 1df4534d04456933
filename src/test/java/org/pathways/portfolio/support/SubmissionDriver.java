package org.pathways.portfolio.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;

/** Fills and submits portfolios through the real service, as an educator would. */
public final class SubmissionDriver {

    private final SubmissionService submissions;
    private final SubmissionQueries queries;
    private final CatalogApi catalog;

    public SubmissionDriver(SubmissionService submissions, SubmissionQueries queries, CatalogApi catalog) {
        this.submissions = submissions;
        this.queries = queries;
        this.catalog = catalog;
    }

    /** Starts (or continues) an attempt and gives every part evidence: text from {@code textOf}, else a link or file. */
    public long draft(PortfolioFixtures.Person who, String code, IntFunction<String> textOf, String fileText) {
        long id = submissions.start(who.id(), code, who.email());
        for (MicroCredential.EvidencePart p : catalog.microCredential(code).orElseThrow().evidenceParts()) {
            if (p.acceptsText()) {
                submissions.saveResponse(who.id(), id, p.position(), textOf.apply(p.position()));
            }
            if (p.acceptsFiles()) {
                submissions.addFile(who.id(), id, p.position(), "evidence.txt",
                        new ByteArrayInputStream(fileText.getBytes(StandardCharsets.UTF_8)));
            } else if (!p.acceptsText()) {
                submissions.addLink(who.id(), id, p.position(), "https://video.example.org/" + id, "Classroom video");
            }
        }
        return id;
    }

    /** Submits; returns the refusals (empty when it went through). */
    public List<String> submit(PortfolioFixtures.Person who, long id) {
        long version = queries.ownDetail(who.id(), id).orElseThrow().version();
        return submissions.submit(who.id(), id, version, who.email());
    }

    /** A submitted attempt with unique evidence. */
    public long submitted(PortfolioFixtures.Person who, String code) {
        long id = draft(who, code, part -> SampleTexts.essay(who.id() * 100 + part, 120), "unique " + who.id());
        List<String> refusals = submit(who, id);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Not submitted: " + refusals);
        }
        return id;
    }
}
