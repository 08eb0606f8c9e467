package org.oretrace.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.oretrace.kernel.BusinessRuleException;

/** How purchasing groups suppliers (ferrous, metallic, electrical, other); the list is editable. */
@Entity
@Table(name = "supplier_category")
public class SupplierCategory implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_category_seq")
    @SequenceGenerator(name = "supplier_category_seq", sequenceName = "supplier_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected SupplierCategory() {
    }

    public SupplierCategory(String name, int position) {
        rename(name);
        this.position = position;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("A category needs a name");
        }
        this.name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupplierCategory other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return SupplierCategory.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
