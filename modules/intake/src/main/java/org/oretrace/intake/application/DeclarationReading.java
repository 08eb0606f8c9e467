package org.oretrace.intake.application;

import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.infrastructure.CmrtContent;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.infrastructure.CmrtReading;
import org.oretrace.intake.infrastructure.EmrtContent;
import org.oretrace.intake.infrastructure.EmrtReader;
import org.oretrace.intake.infrastructure.EmrtReading;
import org.oretrace.intake.infrastructure.OwnLookup;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a stored original into its declaration: the CMRT's (or, where asked, the EMRT's) content, each smelter row
 * resolved through the registry by one step for both templates (cached formula results are never trusted), and the
 * findings of the rules.
 * Plain Java: the service gives it the bytes and persists the result.
 */
public class DeclarationReading {

    private final CmrtReader reader;
    private final SmelterDirectory directory;
    private final DeclarationRules rules;
    private final int maxReviewRows;

    /** Smelter rows nobody could identify that one declaration may send to the review queue (default). */
    public static final int MAX_REVIEW_ROWS = 1000;
    private final OwnLookupCheck ownLookup;

    public DeclarationReading(CmrtReader reader, SmelterDirectory directory) {
        this(reader, directory, MAX_REVIEW_ROWS);
    }

    public DeclarationReading(CmrtReader reader, SmelterDirectory directory, int maxReviewRows) {
        this.reader = reader;
        this.directory = directory;
        this.rules = new DeclarationRules(directory);
        this.maxReviewRows = maxReviewRows;
        this.ownLookup = new OwnLookupCheck(directory);
    }

    /** Reads a file where a CMRT was asked for (an EMRT is rejected, saying so). */
    public List<SmelterRow> read(Declaration declaration, byte[] original, LocalDate today, Instant now) {
        return read(declaration, original, today, now, Set.of(RmiTemplate.CMRT));
    }

    /**
     * @param asked the templates the supplier's request asked for: an EMRT is read only when it is among them
     * @return the rows nobody could resolve, for the registry's review queue
     */
    public List<SmelterRow> read(Declaration declaration, byte[] original, LocalDate today, Instant now,
                                 Set<RmiTemplate> asked) {
        CmrtReading reading = reader.read(original, declaration.getFileName());
        if (reading.isRejected()) {
            boolean emrt = reading.rejection().code() == RejectionCode.OTHER_RMI_TEMPLATE
                    && reading.rejection().message().contains("(" + RmiTemplate.EMRT.name() + ")");
            if (emrt && asked.contains(RmiTemplate.EMRT)) {
                return readEmrt(declaration, original, now);
            }
            String message = reading.rejection().message();
            if (emrt) {
                message += " Only the CMRT was asked for in this request, not the EMRT.";
            }
            declaration.reject(reading.rejection().code(), message, now);
            if (emrt) {
                declaration.answersTemplate(RmiTemplate.EMRT);
            }
            return List.of();
        }
        CmrtContent c = reading.content();
        List<SmelterRow> unresolved = new ArrayList<>();
        List<Finding> ownLookupFindings = new ArrayList<>();
        Set<String> smelterIds = new HashSet<>();
        if (!matchRows(declaration, RmiTemplate.CMRT, c.smelters(), c.ownLookup(), c.templateVersion(), now, unresolved,
                smelterIds, ownLookupFindings)) {
            return List.of();
        }
        // the rules ask about each smelter; a caching directory then answers them all from one registry query. Asked
        // before the rows are put into the declaration: a query after it makes the persistence context flush the whole
        // Smelter List first (and compare it again at commit), which was the largest cost after the reader (issue 18)
        directory.facts(smelterIds);
        declaration.fill(c.templateVersion(), c.language(), c.macroEnabled(), c.company(), c.scope(),
                c.scopeDescription(), c.answers(), c.smelters(), c.products());
        List<Finding> findings = new ArrayList<>(rules.check(declaration, today, c.macroEnabled()));
        findings.addAll(ownLookupFindings);
        declaration.evaluate(findings, now);
        return unresolved;
    }

    /**
     * Resolves each row of a Smelter List (a CMRT's or an EMRT's: the same matcher, the same rules for what goes to the
     * review queue) through the registry: a typed ID first, then the names; the file's own look-up cross-checks rows
     * chosen by name where the reader read it. Records method and score on each row.
     *
     * @return false when the declaration was rejected because too many rows could not be identified
     */
    private boolean matchRows(Declaration declaration, RmiTemplate template, List<SmelterRow> rows, OwnLookup own,
                              String templateVersion, Instant now, List<SmelterRow> unresolved, Set<String> smelterIds,
                              List<Finding> ownLookupFindings) {
        for (SmelterRow row : rows) {
            if (row.isNotYetIdentified()) {
                row.resolve(null, "NOT_YET_IDENTIFIED");
                continue;
            }
            Metal metal = Metal.fromText(row.getMetal()).orElse(null);
            String id = row.getSmelterIdInput() == null ? null : SmelterId.canonicalOrTyped(row.getSmelterIdInput());
            SmelterDirectory.Decision decision = ownLookup.check(own, templateVersion, row,
                    directory.resolve(metal, row.nameForMatching(), row.getCountry(), id), ownLookupFindings);
            row.resolve(decision.smelterId(), decision.method(), decision.score());
            if (id != null) {
                smelterIds.add(id);
            }
            if (decision.resolved()) {
                smelterIds.add(decision.smelterId());
            }
            if (!decision.resolved() && "UNRESOLVED".equals(decision.method())) {
                unresolved.add(row);
                if (unresolved.size() > maxReviewRows) {
                    // each would become a review item for a person: a file cannot flood the registry's queue
                    declaration.reject(RejectionCode.TOO_MANY_ROWS, String.format(Locale.ROOT, "More than %,d rows "
                            + "of the Smelter List name smelters we cannot identify (counted up to row %d), more than "
                            + "we can check by hand. Please give the smelter identification number (column A) or choose the smelter "
                            + "from the template's list, and send the %s again.", maxReviewRows, row.getRow(), template.name()), now);
                    declaration.answersTemplate(template);
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * An EMRT asked for: its content, the rules of its own Checker, and its Smelter List matched and checked as a
     * CMRT's is ({@link #matchRows}, {@link EmrtSmelterRules}).
     *
     * @return the rows nobody could resolve, for the registry's review queue
     */
    private List<SmelterRow> readEmrt(Declaration declaration, byte[] original, Instant now) {
        EmrtReading reading = new EmrtReader(reader).read(original, declaration.getFileName());
        if (reading.isRejected()) {
            declaration.reject(reading.rejection().code(), reading.rejection().message(), now);
            declaration.answersTemplate(RmiTemplate.EMRT);
            return List.of();
        }
        EmrtContent c = reading.content();
        List<Answer> answers = c.answers().stream()
                .map(a -> new Answer(a.question(), a.mineral(), a.answer(), a.comment())).toList();
        List<SmelterRow> unresolved = new ArrayList<>();
        Set<String> smelterIds = new HashSet<>();
        // the EMRT reader does not read the file's own look-up sheet: the registry (which knows the EMRT lists) decides
        if (!matchRows(declaration, RmiTemplate.EMRT, c.smelters(), OwnLookup.NONE, c.templateVersion(), now, unresolved,
                smelterIds, new ArrayList<>())) {
            return List.of();
        }
        directory.facts(smelterIds);
        List<Finding> findings = new ArrayList<>(EmrtRules.check(c));
        findings.addAll(new EmrtSmelterRules(directory).check(c));
        declaration.fillEmrt(c.templateVersion(), c.language(), c.company(), c.scope(), c.scopeDescription(),
                c.minerals(), answers, c.smelters(), c.mines(), c.products());
        reading.warnings().stream().filter(w -> w.contains(".xlsm")).forEach(w ->
                findings.add(new Finding(FindingCode.MACRO_ENABLED_WORKBOOK, Severity.INFO, w, null, null)));
        declaration.evaluate(findings, now);
        return unresolved;
    }
}
