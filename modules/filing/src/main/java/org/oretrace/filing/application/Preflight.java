package org.oretrace.filing.application;

import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.NarrativeTemplate;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pre-flight of a draft: every open item, each computed here and nowhere else, from the filing itself, the year's
 * consolidated data and what the owning modules report open ({@link FilingSources.OpenWork}). Finalization refuses
 * while a BLOCKING item remains (unless an ADMIN overrides with a reason); the workspace and the API list the same items.
 */
public final class Preflight {

    /** Template text in square brackets, as the default text and RMI's examples write it ("[describe the products]"). */
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\[\\]\\n]{1,200}]");

    public static final String TEMPLATE_TEXT = "TEMPLATE_TEXT";
    public static final String LAST_YEAR_TEXT = "LAST_YEAR_TEXT";
    public static final String REGISTRANT_MISSING = "REGISTRANT_MISSING";
    public static final String SUPPLIERS_WITHOUT_OUTCOME = "SUPPLIERS_WITHOUT_OUTCOME";
    public static final String DECLARATIONS_OPEN = "DECLARATIONS_AWAITING_DECISION";
    public static final String UNRESOLVED_NAMES = "UNRESOLVED_SMELTER_NAMES";
    public static final String MATCH_REVIEWS = "OPEN_MATCH_REVIEWS";
    public static final String SANCTIONS_HITS = "OPEN_SANCTIONS_HITS";
    public static final String RMAP_UNKNOWN = "RMAP_STATUS_UNKNOWN";
    public static final String EDGAR_CHECK = "EDGAR_CHECK_FAILING";

    private Preflight() {
    }

    /**
     * @param data  the year's data as the draft would state it (RMAP statuses as of the period's end)
     * @param edgar the EDGAR checker's violations on the HTML rendered from {@code data}
     */
    public static List<PreflightItem> check(Filing filing, YearData data, FilingSources.OpenWork open,
                                            List<EdgarHtmlChecker.Violation> edgar) {
        int y = filing.getYear();
        String workspace = "/filing/workspace.xhtml?year=" + y;
        List<PreflightItem> items = new ArrayList<>();

        List<String> template = templateText(filing, data.facts());
        if (!template.isEmpty()) {
            items.add(blocking(TEMPLATE_TEXT, template.size(), "Template text or unknown placeholders are left in the report: "
                    + String.join("; ", template.subList(0, Math.min(5, template.size())))
                    + (template.size() > 5 ? " (and " + (template.size() - 5) + " more)" : ""), workspace + "&tab=text"));
        }
        List<String> lastYear = lastYearMentions(filing);
        if (!lastYear.isEmpty()) {
            items.add(warning(LAST_YEAR_TEXT, lastYear.size(), "The text names the previous year " + (y - 1)
                    + " in " + String.join(", ", lastYear) + ": check it was updated for " + y, workspace + "&tab=text"));
        }
        List<String> missing = filing.getRegistrant().missingFields();
        if (!missing.isEmpty()) {
            items.add(blocking(REGISTRANT_MISSING, missing.size(), "Cover page incomplete: missing "
                    + String.join(", ", missing), workspace + "&tab=cover"));
        }
        if (open.suppliersWithoutOutcome() > 0) {
            // non-responders are disclosed through the response rate, as in the seed filing: a warning, not a gate
            items.add(warning(SUPPLIERS_WITHOUT_OUTCOME, open.suppliersWithoutOutcome(), open.suppliersWithoutOutcome()
                    + " solicited suppliers have neither returned a declaration nor been recorded as unreachable",
                    "/outreach/campaign.xhtml?year=" + y));
        }
        long awaiting = open.declarationsAwaitingDecision().values().stream().mapToLong(Long::longValue).sum();
        if (awaiting > 0) {
            items.add(blocking(DECLARATIONS_OPEN, awaiting, awaiting + " declarations await a decision (accept, or ask the"
                    + " supplier for a correction): " + describe(open.declarationsAwaitingDecision()),
                    "/intake/declarations.xhtml?year=" + y + (open.declarationsAwaitingDecision().size() == 1
                            ? "&status=" + open.declarationsAwaitingDecision().keySet().iterator().next() : "")));
        }
        if (open.openMatchReviews() > 0) {
            items.add(blocking(MATCH_REVIEWS, open.openMatchReviews(), open.openMatchReviews()
                    + " smelter names reported this year wait for a match review in the registry", "/registry/reviews.xhtml"));
        }
        long unresolved = data.facts().fact(FilingFacts.UNRESOLVED_NAMES).map(f -> f.value()).orElse(0L);
        if (unresolved > 0) {
            items.add(warning(UNRESOLVED_NAMES, unresolved, unresolved + " smelter names reported by suppliers are not"
                    + " resolved to a smelter ID" + (filing.isIncludeUnresolved() ? " (listed separately in Annex A)"
                    : " and are not in Annex A"), "/filing/smelters.xhtml?year=" + y + "&view=unresolved"));
        }
        if (open.openSanctionsHits() > 0) {
            items.add(blocking(SANCTIONS_HITS, open.openSanctionsHits(), open.openSanctionsHits()
                    + " sanctions screening hits on this year's smelters are neither confirmed nor dismissed", "/registry/sanctions.xhtml"));
        }
        long unknownRmap = data.facts().smeltersRmapUnknown();
        if (unknownRmap > 0) {
            items.add(blocking(RMAP_UNKNOWN, unknownRmap, unknownRmap + " smelters in Annex A have no known RMAP status on "
                    + Report.LONG_DATE.format(data.facts().asOf()) + " (the report's as-of date): import the RMAP lists",
                    // the list filtered to exactly those smelters
                    "/filing/smelters.xhtml?year=" + y + "&rmap=UNKNOWN"));
        }
        if (!edgar.isEmpty()) {
            items.add(blocking(EDGAR_CHECK, edgar.size(), "The EDGAR HTML fails the checker: " + edgar.get(0)
                    + (edgar.size() > 1 ? " (and " + (edgar.size() - 1) + " more)" : ""), workspace + "&tab=preview"));
        }
        return List.copyOf(items);
    }

    public static List<PreflightItem> blocking(List<PreflightItem> items) {
        return items.stream().filter(PreflightItem::isBlocking).toList();
    }

    /**
     * Bracketed template text and unknown placeholders, in each narrative section, each company program field (an empty
     * one the text uses prints its bracketed template) and each cover-page field.
     */
    static List<String> templateText(Filing filing, FilingFacts facts) {
        List<String> found = new ArrayList<>();
        Set<String> known = Report.placeholderValues(filing, facts).keySet();
        for (Map.Entry<Narrative.Section, String> s : filing.getNarrative().asMap().entrySet()) {
            Matcher m = BRACKETS.matcher(s.getValue());
            while (m.find()) {
                found.add(s.getKey().heading() + ": \"" + m.group() + "\"");
            }
            for (String p : NarrativeTemplate.unknownPlaceholders(s.getValue(), known)) {
                found.add(s.getKey().heading() + ": unknown placeholder {" + p + "}");
            }
        }
        // the company's program fields: empty ones print their bracketed template text wherever the text uses them
        Narrative n = filing.getNarrative();
        for (Narrative.Field field : Narrative.Field.values()) {
            String value = n.get(field);
            if (value == null) {
                if (usedInText(n, field)) {
                    found.add(field.label() + ": \"" + field.template() + "\" (not written yet)");
                }
                continue;
            }
            Matcher m = BRACKETS.matcher(value);
            while (m.find()) {
                found.add(field.label() + ": \"" + m.group() + "\"");
            }
        }
        Registrant r = filing.getRegistrant();
        for (String value : new String[] {r.getName(), r.getStateOfIncorporation(), r.getCommissionFileNumber(),
                r.getAddress(), r.getContactName(), r.getContactPhone(), r.getSignerName(), r.getSignerTitle(), r.getWebsite()}) {
            if (value != null) {
                Matcher m = BRACKETS.matcher(value);
                while (m.find()) {
                    found.add("Cover page: \"" + m.group() + "\"");
                }
            }
        }
        return found;
    }

    private static boolean usedInText(Narrative n, Narrative.Field field) {
        String placeholder = "{" + field.placeholder() + "}";
        return n.asMap().values().stream().anyMatch(t -> t.contains(placeholder));
    }

    /** Sections naming last year's number as a word: text carried over from last year's filing and not updated. */
    static List<String> lastYearMentions(Filing filing) {
        Pattern lastYear = Pattern.compile("\\b" + (filing.getYear() - 1) + "\\b");
        Set<String> sections = new LinkedHashSet<>();
        filing.getNarrative().asMap().forEach((section, text) -> {
            if (lastYear.matcher(text).find()) {
                sections.add(section.heading());
            }
        });
        filing.getNarrative().fields().forEach((field, text) -> {
            if (lastYear.matcher(text).find()) {
                sections.add(field.label());
            }
        });
        return List.copyOf(sections);
    }

    private static String describe(Map<String, Long> byState) {
        List<String> parts = new ArrayList<>();
        byState.forEach((state, count) -> parts.add(count + " " + state.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return String.join(", ", parts);
    }

    private static PreflightItem blocking(String code, long count, String message, String link) {
        return new PreflightItem(code, PreflightItem.Severity.BLOCKING, count, message, link);
    }

    private static PreflightItem warning(String code, long count, String message, String link) {
        return new PreflightItem(code, PreflightItem.Severity.WARNING, count, message, link);
    }
}
