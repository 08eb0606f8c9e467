package org.oretrace.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.OriginalCells;
import org.oretrace.intake.infrastructure.SheetExcerpt;
import org.oretrace.kernel.web.PageMessages;

/** The page behind a finding's place: the original workbook's cells around it, read-only. */
@Named
@RequestScoped
public class DeclarationCellBean {

    @Inject
    OriginalCells cells;

    private Long id;
    private String sheet;
    private String cell;
    private SheetExcerpt excerpt;

    @PostConstruct
    void init() {
        id = PageMessages.longParameter("id");
        sheet = PageMessages.parameter("sheet");
        cell = PageMessages.parameter("cell");
        if (id == null || sheet == null || sheet.isBlank() || cell == null || cell.isBlank()) {
            PageMessages.error("Open this page from a finding of a declaration: it needs a declaration, a sheet and a cell.");
            return;
        }
        excerpt = PageMessages.attempt(() -> cells.around(id, sheet, cell));
    }

    public Long getId() {
        return id;
    }

    public String getSheet() {
        return sheet;
    }

    public String getCell() {
        return cell;
    }

    public SheetExcerpt getExcerpt() {
        return excerpt;
    }

    /** "Declaration!D16" or "'Smelter List'!C7", as Excel writes a place. */
    public String getPlace() {
        String s = excerpt == null ? sheet : excerpt.sheet();
        String c = excerpt == null ? cell : excerpt.cell();
        return (s != null && s.contains(" ") ? "'" + s + "'" : s) + "!" + c;
    }
}
