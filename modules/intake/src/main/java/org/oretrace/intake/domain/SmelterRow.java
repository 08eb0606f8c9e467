package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One filled row of the Smelter List: every column the supplier can type (A–E, K–Q), plus the
 * registry's decision about which smelter it is. Columns F–J are formulas and never read.
 */
@Embeddable
public class SmelterRow implements java.io.Serializable {

    public static final String NOT_LISTED = "Smelter not listed";
    public static final String NOT_YET_IDENTIFIED = "Smelter not yet identified";

    @Column(name = "sheet_row", nullable = false)
    private int row;
    /** Column B as typed ("Tin"), kept as text so that a wrong value can be reported. */
    @Column(name = "metal_text", length = 100)
    private String metal;
    @Column(name = "smelter_id_input", length = 100)
    private String smelterIdInput;
    @Column(name = "lookup_name", length = 500)
    private String lookupName;
    @Column(name = "smelter_name", length = 500)
    private String name;
    @Column(name = "country", length = 200)
    private String country;
    @Column(name = "contact_name", length = 300)
    private String contactName;
    @Column(name = "contact_email", length = 300)
    private String contactEmail;
    @Column(name = "next_steps", length = 2000)
    private String nextSteps;
    @Column(name = "mine_name", length = 500)
    private String mineName;
    @Column(name = "mine_country", length = 200)
    private String mineCountry;
    @Column(name = "recycled_or_scrap", length = 100)
    private String recycledOrScrap;
    @Column(name = "comment_text", length = 2000)
    private String comment;
    @Column(name = "resolved_smelter_id", length = 20)
    private String resolvedSmelterId;
    @Column(name = "match_method", length = 30)
    private String matchMethod;
    /** The matcher's confidence 0..1 (registry's MatchResult.score); null when the registry was not asked. */
    @Column(name = "match_score")
    private Double matchScore;

    protected SmelterRow() {
    }

    @SuppressWarnings("java:S107") // one parameter per typed column of the sheet
    public SmelterRow(int row, String metal, String smelterIdInput, String lookupName, String name, String country,
                      String contactName, String contactEmail, String nextSteps, String mineName, String mineCountry,
                      String recycledOrScrap, String comment) {
        this.row = row;
        this.metal = Text.clip(metal, 100);
        this.smelterIdInput = Text.clip(smelterIdInput, 100);
        this.lookupName = Text.clip(lookupName, 500);
        this.name = Text.clip(name, 500);
        this.country = Text.clip(country, 200);
        this.contactName = Text.clip(contactName, 300);
        this.contactEmail = Text.clip(contactEmail, 300);
        this.nextSteps = Text.clip(nextSteps, 2000);
        this.mineName = Text.clip(mineName, 500);
        this.mineCountry = Text.clip(mineCountry, 200);
        this.recycledOrScrap = Text.clip(recycledOrScrap, 100);
        this.comment = Text.clip(comment, 2000);
    }

    /** Records what the registry decided for this row. */
    public void resolve(String smelterId, String method) {
        resolve(smelterId, method, null);
    }

    /** Records what the registry decided for this row, with the matcher's score. */
    public void resolve(String smelterId, String method, Double score) {
        this.resolvedSmelterId = smelterId;
        this.matchMethod = method;
        this.matchScore = score;
    }

    public boolean isNotListed() {
        return Text.equalsIgnoreCase(lookupName, NOT_LISTED);
    }

    public boolean isNotYetIdentified() {
        return Text.equalsIgnoreCase(lookupName, NOT_YET_IDENTIFIED);
    }

    /** The name to match: the typed name for "not listed" rows, otherwise the look-up choice. */
    public String nameForMatching() {
        return isNotListed() || lookupName == null ? name : lookupName;
    }

    public int getRow() {
        return row;
    }

    public String getMetal() {
        return metal;
    }

    public String getSmelterIdInput() {
        return smelterIdInput;
    }

    public String getLookupName() {
        return lookupName;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getMineName() {
        return mineName;
    }

    public String getMineCountry() {
        return mineCountry;
    }

    public String getRecycledOrScrap() {
        return recycledOrScrap;
    }

    public String getComment() {
        return comment;
    }

    public String getResolvedSmelterId() {
        return resolvedSmelterId;
    }

    public String getMatchMethod() {
        return matchMethod;
    }

    public Double getMatchScore() {
        return matchScore;
    }
}
