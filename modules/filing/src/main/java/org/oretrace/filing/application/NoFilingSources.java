package org.oretrace.filing.application;

import org.oretrace.kernel.ReportingYear;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stands in while no implementation of {@link FilingSources} is deployed (the registry, outreach and intake
 * modules provide it): every figure is zero and the workspace says so; finalizing is refused.
 */
final class NoFilingSources implements FilingSources {

    static final NoFilingSources INSTANCE = new NoFilingSources();

    private NoFilingSources() {
    }

    @Override
    public boolean connected() {
        return false;
    }

    @Override
    public OutreachFacts outreachFacts(ReportingYear year) {
        return new OutreachFacts(0, 0, 0, null);
    }

    @Override
    public List<DeclarationSummary> acceptedDeclarations(ReportingYear year) {
        return List.of();
    }

    @Override
    public FollowUpFacts followUp(ReportingYear year) {
        return new FollowUpFacts(0, 0, null);
    }

    @Override
    public List<SmelterUsage> smelterUsage(ReportingYear year) {
        return List.of();
    }

    @Override
    public List<SmelterReporters> smelterReporters(ReportingYear year) {
        return List.of();
    }

    @Override
    public List<UnresolvedRow> unresolvedRows(ReportingYear year) {
        return List.of();
    }

    @Override
    public long notYetIdentifiedRows(ReportingYear year) {
        return 0;
    }

    @Override
    public Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        return Map.of();
    }

    @Override
    public List<SupplierStatus> supplierStatuses(ReportingYear year) {
        return List.of();
    }

    @Override
    public List<FindingRow> findings(ReportingYear year) {
        return List.of();
    }
}
