package org.pathways.incentives.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.pathways.incentives.domain.PayrollBatch;
import org.pathways.incentives.domain.PayrollBatches;
import org.pathways.incentives.domain.TiaShares;
import org.pathways.people.PathwaysUser;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payroll batches: export the approved lines, download any batch again; and the TIA share file. */
@Controller
class AdminPayrollController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PayrollBatches payroll;
    private final TiaShares tia;
    private final SchoolYears schoolYears;

    AdminPayrollController(PayrollBatches payroll, TiaShares tia, SchoolYears schoolYears) {
        this.payroll = payroll;
        this.tia = tia;
        this.schoolYears = schoolYears;
    }

    @GetMapping("/admin/payroll")
    String batches(Model model) {
        model.addAttribute("waiting", payroll.waiting());
        model.addAttribute("batches", payroll.recent(50));
        return "incentives/admin-payroll";
    }

    @PostMapping("/admin/payroll/batches")
    String export(@AuthenticationPrincipal PathwaysUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", payroll.export(user.getUsername())
                .map(b -> "Batch " + b.id() + " exported: " + b.lineCount() + " lines, " + b.total() + ".")
                .orElse("No approved lines were waiting; no batch was created."));
        return "redirect:/admin/payroll";
    }

    @GetMapping("/admin/payroll/batches/{id}.csv")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        PayrollBatch batch = payroll.batch(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] csv = payroll.csv(id).orElseThrow();
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(batch.fileName()).build().toString())
                .eTag(batch.sha256())
                .body(csv);
    }

    @GetMapping("/admin/tia.csv")
    ResponseEntity<String> tiaShares(@RequestParam(required = false) String schoolYear) {
        SchoolYear year = schoolYears.fromParameter(schoolYear);
        StringWriter out = new StringWriter();
        tia.writeCsv(year, out);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tia-portfolio-share-" + year + ".csv").build()
                                .toString())
                .body(out.toString());
    }
}
