package org.pathways.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.MicroCredentialAuthoring.Editable;
import org.pathways.catalog.authoring.MicroCredentialContent;

/**
 * The micro-credential editor's fields. Rows left wholly blank are dropped, so the page can offer
 * empty rows to fill in without JavaScript.
 */
public class MicroCredentialForm {

    private String code;
    private String title;
    private String competency;
    private String keyMethod;
    private String cpeHours = "15";
    private int passingScore = 3;
    private long rowVersion;
    private List<String> levels = new ArrayList<>(List.of("Not yet", "Developing", "Meets", "Exceeds"));
    private List<Part> parts = new ArrayList<>();
    private List<Criterion> criteria = new ArrayList<>();
    private List<Link> resources = new ArrayList<>();

    public static MicroCredentialForm blank() {
        MicroCredentialForm form = new MicroCredentialForm();
        form.addPart();
        form.addPart();
        form.addCriterion();
        form.addCriterion();
        form.addCriterion();
        form.addResource();
        return form;
    }

    public static MicroCredentialForm of(Editable editable) {
        MicroCredentialForm form = new MicroCredentialForm();
        MicroCredentialContent content = editable.content();
        form.code = editable.code();
        form.title = editable.title();
        form.rowVersion = editable.rowVersion();
        form.competency = content.competency();
        form.keyMethod = content.keyMethod();
        form.cpeHours = content.cpeHours().stripTrailingZeros().toPlainString();
        form.passingScore = content.passingScore();
        form.levels = new ArrayList<>(content.levels());
        content.parts().forEach(p -> form.parts.add(new Part(p.title(), p.instructions(), p.acceptsText(),
                p.acceptsFiles(), p.acceptsLinks())));
        content.rubric().forEach(c -> form.criteria.add(new Criterion(c.title(), new ArrayList<>(c.descriptors()))));
        content.resources().forEach(r -> form.resources.add(new Link(r.title(), r.url())));
        return form;
    }

    public void addPart() {
        parts.add(new Part());
    }

    public void addCriterion() {
        Criterion criterion = new Criterion();
        levels.forEach(level -> criterion.descriptors.add(""));
        criteria.add(criterion);
    }

    public void addLevel() {
        levels.add("");
        criteria.forEach(c -> c.descriptors.add(""));
    }

    public void addResource() {
        resources.add(new Link());
    }

    /** Pads rows that arrived short (a level added after a criterion), so every row lines up. */
    public void align() {
        criteria.forEach(c -> {
            while (c.descriptors.size() < levels.size()) {
                c.descriptors.add("");
            }
        });
    }

    /** The content this form describes; an unreadable number becomes a problem to fix, not an error page. */
    public MicroCredentialContent content() {
        BigDecimal hours;
        try {
            hours = new BigDecimal(cpeHours == null ? "" : cpeHours.strip());
        } catch (NumberFormatException e) {
            throw new CatalogEditException("CPE hours: enter a number, e.g. 15.");
        }
        List<String> levelLabels = levels.stream().map(MicroCredentialForm::strip).toList();
        List<EvidencePart> evidence = new ArrayList<>();
        for (Part p : parts) {
            if (!p.isBlank()) {
                evidence.add(new EvidencePart(evidence.size() + 1, strip(p.title), strip(p.instructions), p.text,
                        p.files, p.links));
            }
        }
        List<MicroCredentialContent.Criterion> rubric = new ArrayList<>();
        for (Criterion c : criteria) {
            if (!c.isBlank()) {
                List<String> descriptors = c.descriptors.stream().map(MicroCredentialForm::strip)
                        .limit(levelLabels.size()).toList();
                rubric.add(new MicroCredentialContent.Criterion(strip(c.title), descriptors));
            }
        }
        List<Resource> links = resources.stream().filter(r -> !r.isBlank())
                .map(r -> new Resource(strip(r.title), blankToNull(strip(r.url)))).toList();
        return new MicroCredentialContent(strip(competency), strip(keyMethod), hours, passingScore, levelLabels,
                evidence, rubric, links);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One evidence part row. */
    public static class Part {
        private String title;
        private String instructions;
        private boolean text;
        private boolean files;
        private boolean links;

        public Part() {
        }

        Part(String title, String instructions, boolean text, boolean files, boolean links) {
            this.title = title;
            this.instructions = instructions;
            this.text = text;
            this.files = files;
            this.links = links;
        }

        boolean isBlank() {
            return blank(title) && blank(instructions);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getInstructions() { return instructions; }
        public void setInstructions(String instructions) { this.instructions = instructions; }
        public boolean isText() { return text; }
        public void setText(boolean text) { this.text = text; }
        public boolean isFiles() { return files; }
        public void setFiles(boolean files) { this.files = files; }
        public boolean isLinks() { return links; }
        public void setLinks(boolean links) { this.links = links; }
    }

    /** One rubric row: a criterion and a descriptor per level. */
    public static class Criterion {
        private String title;
        private List<String> descriptors = new ArrayList<>();

        public Criterion() {
        }

        Criterion(String title, List<String> descriptors) {
            this.title = title;
            this.descriptors = descriptors;
        }

        boolean isBlank() {
            return blank(title) && descriptors.stream().allMatch(MicroCredentialForm::blank);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<String> getDescriptors() { return descriptors; }
        public void setDescriptors(List<String> descriptors) { this.descriptors = descriptors; }
    }

    /** One resource row. */
    public static class Link {
        private String title;
        private String url;

        public Link() {
        }

        Link(String title, String url) {
            this.title = title;
            this.url = url;
        }

        boolean isBlank() {
            return blank(title) && blank(url);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
    public String getKeyMethod() { return keyMethod; }
    public void setKeyMethod(String keyMethod) { this.keyMethod = keyMethod; }
    public String getCpeHours() { return cpeHours; }
    public void setCpeHours(String cpeHours) { this.cpeHours = cpeHours; }
    public int getPassingScore() { return passingScore; }
    public void setPassingScore(int passingScore) { this.passingScore = passingScore; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> levels) { this.levels = levels; }
    public List<Part> getParts() { return parts; }
    public void setParts(List<Part> parts) { this.parts = parts; }
    public List<Criterion> getCriteria() { return criteria; }
    public void setCriteria(List<Criterion> criteria) { this.criteria = criteria; }
    public List<Link> getResources() { return resources; }
    public void setResources(List<Link> resources) { this.resources = resources; }
}
