package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the Product List sheet. */
@Embeddable
public class ProductRow implements java.io.Serializable {

    @Column(name = "sheet_row", nullable = false)
    private int row;
    @Column(name = "product_number", length = 300)
    private String number;
    @Column(name = "product_name", length = 500)
    private String name;
    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected ProductRow() {
    }

    public ProductRow(int row, String number, String name, String comment) {
        this.row = row;
        this.number = Text.clip(number, 300);
        this.name = Text.clip(name, 500);
        this.comment = Text.clip(comment, 2000);
    }

    public int getRow() {
        return row;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getComment() {
        return comment;
    }
}
