package org.pathways.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pathways.catalog.authoring.RoleAuthoring.Editable;
import org.pathways.catalog.authoring.RoleAuthoring.RoleChange;

/** The role card editor's fields; responsibilities are one per line. */
public class RoleForm {

    private String code;
    private String title;
    private int tier = 1;
    private int mapOrder = 100;
    private String purpose;
    private String responsibilities;
    private String endorsement;
    private List<String> next = new ArrayList<>();
    private Long rowVersion;

    static RoleForm of(Editable editable) {
        RoleChange f = editable.fields();
        RoleForm form = new RoleForm();
        form.code = f.code();
        form.title = f.title();
        form.tier = f.tier();
        form.mapOrder = f.mapOrder();
        form.purpose = f.purpose();
        form.responsibilities = String.join("\n", f.responsibilities());
        form.endorsement = f.endorsement();
        form.next = new ArrayList<>(f.next());
        form.rowVersion = editable.rowVersion();
        return form;
    }

    RoleChange change() {
        List<String> lines = responsibilities == null ? List.of() : Arrays.stream(responsibilities.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new RoleChange(code == null ? null : code.strip(), title, tier, mapOrder, purpose, lines,
                endorsement == null || endorsement.isBlank() ? null : endorsement, next == null ? List.of() : next);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getTier() { return tier; }
    public void setTier(int tier) { this.tier = tier; }
    public int getMapOrder() { return mapOrder; }
    public void setMapOrder(int mapOrder) { this.mapOrder = mapOrder; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getResponsibilities() { return responsibilities; }
    public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
    public String getEndorsement() { return endorsement; }
    public void setEndorsement(String endorsement) { this.endorsement = endorsement; }
    public List<String> getNext() { return next; }
    public void setNext(List<String> next) { this.next = next; }
    public Long getRowVersion() { return rowVersion; }
    public void setRowVersion(Long rowVersion) { this.rowVersion = rowVersion; }
}
