package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of an EMRT's Mine List (2.x, columns A–M) as the supplier typed it. */
@Embeddable
public class MineRow implements java.io.Serializable {

    @Column(name = "sheet_row", nullable = false)
    private int row;
    @Column(name = "mineral_text", length = 100)
    private String mineral;
    @Column(name = "smelter_name", length = 500)
    private String smelterName;
    @Column(name = "mine_name", length = 500)
    private String mineName;
    @Column(name = "mine_id", length = 100)
    private String mineId;
    @Column(name = "source_id", length = 100)
    private String sourceId;
    @Column(name = "country", length = 200)
    private String country;
    @Column(name = "street", length = 500)
    private String street;
    @Column(name = "city", length = 200)
    private String city;
    @Column(name = "province", length = 200)
    private String province;
    @Column(name = "contact_name", length = 300)
    private String contactName;
    @Column(name = "contact_email", length = 300)
    private String contactEmail;
    @Column(name = "next_steps", length = 2000)
    private String nextSteps;
    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected MineRow() {
    }

    @SuppressWarnings("java:S107")
    public MineRow(int row, String mineral, String smelterName, String mineName, String mineId, String sourceId,
                   String country, String street, String city, String province, String contactName,
                   String contactEmail, String nextSteps, String comment) {
        this.row = row;
        this.mineral = Text.clip(mineral, 100);
        this.smelterName = Text.clip(smelterName, 500);
        this.mineName = Text.clip(mineName, 500);
        this.mineId = Text.clip(mineId, 100);
        this.sourceId = Text.clip(sourceId, 100);
        this.country = Text.clip(country, 200);
        this.street = Text.clip(street, 500);
        this.city = Text.clip(city, 200);
        this.province = Text.clip(province, 200);
        this.contactName = Text.clip(contactName, 300);
        this.contactEmail = Text.clip(contactEmail, 300);
        this.nextSteps = Text.clip(nextSteps, 2000);
        this.comment = Text.clip(comment, 2000);
    }

    public int getRow() {
        return row;
    }

    public String getMineral() {
        return mineral;
    }

    public String getSmelterName() {
        return smelterName;
    }

    public String getMineName() {
        return mineName;
    }

    public String getMineId() {
        return mineId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getCountry() {
        return country;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getProvince() {
        return province;
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

    public String getComment() {
        return comment;
    }
}
