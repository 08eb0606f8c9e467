package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One validation result, pointing at the cell the supplier has to look at. */
@Embeddable
public class Finding implements java.io.Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 50)
    private FindingCode code;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;
    @Column(name = "message", nullable = false, length = 2000)
    private String message;
    @Column(name = "sheet", length = 50)
    private String sheet;
    @Column(name = "cell", length = 20)
    private String cell;

    protected Finding() {
    }

    public Finding(FindingCode code, Severity severity, String message, String sheet, String cell) {
        this.code = code;
        this.severity = severity;
        this.message = Text.clip(message, 2000);
        this.sheet = sheet;
        this.cell = cell;
    }

    public FindingCode getCode() {
        return code;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    public String getSheet() {
        return sheet;
    }

    public String getCell() {
        return cell;
    }

    /** A risk to assess (see {@link FindingCode#isRedFlag()}), whatever its severity. */
    public boolean isRedFlag() {
        return code.isRedFlag();
    }

    /** "Declaration!D16", the place a supplier can find in Excel. */
    public String place() {
        if (sheet == null) {
            return "";
        }
        return cell == null ? sheet : (sheet.contains(" ") ? "'" + sheet + "'" : sheet) + "!" + cell;
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + place() + ": " + message;
    }
}
