package org.pathways.catalog.web;

import java.util.ArrayList;
import java.util.List;
import org.pathways.catalog.Access;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.authoring.EndorsementAuthoring.EndorsementChange;
import org.pathways.catalog.authoring.EndorsementAuthoring.Editable;

/** The micro-endorsement editor's fields. */
public class EndorsementForm {

    private String code;
    private String title;
    private String groupCode;
    private String newGroupTitle;
    private Access access = Access.ALL_ACCESS;
    private EndorsementStatus status = EndorsementStatus.OPEN;
    private List<String> required = new ArrayList<>();
    private int chooseCount;
    private List<String> chooseFrom = new ArrayList<>();
    private String prerequisite;
    private String note;
    private Long rowVersion;

    static EndorsementForm of(Editable editable) {
        EndorsementChange f = editable.fields();
        EndorsementForm form = new EndorsementForm();
        form.code = f.code();
        form.title = f.title();
        form.groupCode = f.groupCode();
        form.access = f.access();
        form.status = f.status();
        form.required = new ArrayList<>(f.required());
        form.chooseCount = f.chooseCount();
        form.chooseFrom = new ArrayList<>(f.chooseFrom());
        form.prerequisite = f.prerequisite();
        form.note = f.note();
        form.rowVersion = editable.rowVersion();
        return form;
    }

    EndorsementChange change() {
        return new EndorsementChange(code == null ? null : code.strip(), title, groupCode, newGroupTitle, access,
                status, required == null ? List.of() : required, chooseCount,
                chooseFrom == null ? List.of() : chooseFrom,
                prerequisite == null || prerequisite.isBlank() ? null : prerequisite, note);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGroupCode() { return groupCode; }
    public void setGroupCode(String groupCode) { this.groupCode = groupCode; }
    public String getNewGroupTitle() { return newGroupTitle; }
    public void setNewGroupTitle(String newGroupTitle) { this.newGroupTitle = newGroupTitle; }
    public Access getAccess() { return access; }
    public void setAccess(Access access) { this.access = access; }
    public EndorsementStatus getStatus() { return status; }
    public void setStatus(EndorsementStatus status) { this.status = status; }
    public List<String> getRequired() { return required; }
    public void setRequired(List<String> required) { this.required = required; }
    public int getChooseCount() { return chooseCount; }
    public void setChooseCount(int chooseCount) { this.chooseCount = chooseCount; }
    public List<String> getChooseFrom() { return chooseFrom; }
    public void setChooseFrom(List<String> chooseFrom) { this.chooseFrom = chooseFrom; }
    public String getPrerequisite() { return prerequisite; }
    public void setPrerequisite(String prerequisite) { this.prerequisite = prerequisite; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getRowVersion() { return rowVersion; }
    public void setRowVersion(Long rowVersion) { this.rowVersion = rowVersion; }
}
