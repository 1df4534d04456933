package org.pathways.incentives.web;

import org.pathways.incentives.domain.EducatorIncentives;
import org.pathways.incentives.domain.EducatorIncentives.Certificate;
import org.pathways.incentives.domain.IncentivePdfs;
import org.pathways.incentives.domain.TiaShares;
import org.pathways.people.AppRole;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PathwaysUser;
import org.pathways.people.PeopleApi;
import org.pathways.shared.SchoolYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An educator's own CPE hours, stipends, certificates and transcripts. */
@Controller
class IncentivesController {

    private final EducatorIncentives incentives;
    private final IncentivePdfs pdfs;
    private final TiaShares tia;
    private final PeopleApi people;
    private final SchoolYears schoolYears;

    IncentivesController(EducatorIncentives incentives, IncentivePdfs pdfs, TiaShares tia, PeopleApi people,
                         SchoolYears schoolYears) {
        this.incentives = incentives;
        this.pdfs = pdfs;
        this.tia = tia;
        this.people = people;
        this.schoolYears = schoolYears;
    }

    @GetMapping("/incentives")
    String overview(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                    Model model) {
        SchoolYear year = schoolYears.fromParameter(schoolYear);
        EducatorProfile me = people.educator(user.educatorId()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("me", me);
        EducatorIncentives.Overview view = incentives.overview(me.id(), year);
        model.addAttribute("view", view);
        java.util.SortedSet<SchoolYear> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(view.yearsWithCredits());
        years.add(schoolYears.current());
        years.add(year);
        model.addAttribute("years", years);
        if ("Teacher".equalsIgnoreCase(me.position())) {
            model.addAttribute("tiaShare", tia.percent(me.id(), year).toPlainString());
        }
        return "incentives/index";
    }

    /** The owner and admins may download a certificate; for anyone else it does not exist. */
    @GetMapping("/incentives/certificates/{earnedCredentialId}.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal PathwaysUser user, @PathVariable long earnedCredentialId) {
        Certificate certificate = incentives.certificate(earnedCredentialId)
                .filter(c -> c.educatorId() == user.educatorId() || user.has(AppRole.ADMIN))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(pdfs.certificate(certificate), "certificate-" + certificate.microCredentialCode() + ".pdf");
    }

    @GetMapping("/incentives/transcripts/{schoolYear}.pdf")
    ResponseEntity<byte[]> transcript(@AuthenticationPrincipal PathwaysUser user, @PathVariable String schoolYear) {
        SchoolYear year = schoolYears.fromParameter(schoolYear);
        EducatorProfile me = people.educator(user.educatorId()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(pdfs.transcript(me.fullName(), me.employeeId(), year, incentives.transcript(me.id(), year)),
                "cpe-transcript-" + year + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
