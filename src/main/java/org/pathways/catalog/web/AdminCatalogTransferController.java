package org.pathways.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.pathways.catalog.importer.CatalogImportException;
import org.pathways.catalog.transfer.CatalogChange;
import org.pathways.catalog.transfer.CatalogTransfer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Export of the whole catalog as YAML, and import of an edited file with a preview first. */
@Controller
@RequestMapping("/admin/catalog")
class AdminCatalogTransferController {

    private static final String IMPORT = "admin/catalog/import";

    private final CatalogTransfer transfer;

    AdminCatalogTransferController(CatalogTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping(value = "/export.yaml")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("pathways-catalog.yaml").build().toString())
                .body(transfer.export());
    }

    @GetMapping("/import")
    String importForm() {
        return IMPORT;
    }

    /** Reads the uploaded (or pasted) file and shows what it would change; nothing is written yet. */
    @PostMapping("/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "yaml", required = false) String pasted, Model model) throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
        if (text == null || text.isBlank()) {
            model.addAttribute("problems", List.of("Choose a catalog file (.yaml) to import."));
            return IMPORT;
        }
        try {
            CatalogTransfer.Preview preview = transfer.preview(text);
            model.addAttribute("preview", preview);
            model.addAttribute("yaml", text);
        } catch (CatalogImportException e) {
            model.addAttribute("problems", e.problems());
        }
        return IMPORT;
    }

    @PostMapping("/import/apply")
    String apply(@RequestParam("yaml") String text, @RequestParam("revision") long revision, Principal principal,
                 Model model, RedirectAttributes redirect) {
        try {
            List<CatalogChange> applied = transfer.apply(text, revision, principal.getName());
            redirect.addFlashAttribute("flash", applied.isEmpty() ? "The file matches the catalog; nothing changed."
                    : "Imported: " + applied.size() + " changes applied.");
            return "redirect:/admin/catalog";
        } catch (CatalogImportException e) {
            model.addAttribute("problems", e.problems());
            return IMPORT;
        }
    }
}
