package org.oretrace.outreach.web;

import org.oretrace.kernel.web.ChartConfig;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.infrastructure.SupplierStatusWorkbook;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One campaign: set-up and launch while a draft, then its dashboard and requests. */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CMRT_BYTES = 20L * 1024 * 1024;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    @Inject
    SurveyRequests requests;

    @Inject
    ApplicationClock clock;

    private Integer year;
    private Campaign campaign;
    private CampaignStats stats;
    private List<Supplier> candidates;
    private List<Supplier> selected = new ArrayList<>();

    /** Per candidate supplier: asked for the EMRT besides the campaign's templates. */
    private final java.util.Map<Long, Boolean> alsoEmrt = new java.util.HashMap<>();
    private List<SurveyRequest> requestList;
    private CampaignForm form = new CampaignForm();


    /** Reads ?year= on the first request of the view (the bean then lives as long as the view). */
    @PostConstruct
    void init() {
        String value = PageMessages.parameter("year");
        if (value != null) {
            try {
                year = Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                PageMessages.error("Not a valid year: " + value);
                return;
            }
            load();
        }
    }

    public void load() {
        if (year == null) {
            PageMessages.error("No campaign given");
            return;
        }
        campaign = PageMessages.attempt(() -> campaigns.get(year));
        if (campaign == null) {
            return;
        }
        form = CampaignForm.of(campaign);
        refresh();
        if (campaign.isDraft()) {
            selected = new ArrayList<>(candidates);
        }
    }

    private void refresh() {
        campaign = campaigns.get(year);
        stats = statistics.forYear(year);
        candidates = campaign.isDraft() ? campaigns.candidates(year) : List.of();
        requestList = requests.ofCampaign(year);
    }

    @Allowed(Role.COMPLIANCE)
    public void saveSettings() {
        if (FieldErrors.at("settings:dueDate")
                .when("emrt version", "settings:emrtVersion")
                .when("the cmrt, the emrt or both", "settings:templates")
                .when("reminder", "settings:reminders")
                .when("escalation", "settings:escalation")
                .attempt(() -> campaigns.update(form.toSettings(year, null, null))) != null) {
            PageMessages.info("Campaign saved: " + campaigns.get(year).getPolicy().describe());
            refresh();
        }
    }

    @Allowed(Role.ADMIN)
    public void uploadCmrt(FileUploadEvent event) {
        upload(RmiTemplate.CMRT, event);
    }

    @Allowed(Role.ADMIN)
    public void uploadEmrt(FileUploadEvent event) {
        upload(RmiTemplate.EMRT, event);
    }

    private void upload(RmiTemplate template, FileUploadEvent event) {
        var file = event.getFile();
        String field = "upload:" + template.name().toLowerCase(java.util.Locale.ROOT);
        if (file.getSize() > MAX_CMRT_BYTES) {
            PageMessages.errorAt(field, "The file is larger than 20 MB: is it really a blank " + template.name()
                    + "? Upload the empty template as RMI publishes it.");
            return;
        }
        if (FieldErrors.at(field).attempt(() -> campaigns.attachBlank(year, template, file.getFileName(), file.getContent())) != null) {
            Campaign current = campaigns.get(year);
            PageMessages.info(file.getFileName() + " (" + template.name() + " " + current.versionOf(template)
                    + ") will be attached to " + (current.asks(template) ? "every request"
                    : "the requests of the suppliers asked for the " + template.name() + " too"));
            refresh();
        }
    }

    /** "CMRT 6.5 and EMRT 2.1" */
    public String getTemplatesAsked() {
        String asked = String.join(" and ", campaign.getTemplates().stream().map(t -> t.name() + " " + campaign.versionOf(t)).toList());
        // a template only some suppliers were asked for: "CMRT 6.5; EMRT 2.1 from 6 suppliers"
        for (CampaignStats.TemplateFigures t : stats.byTemplate().values()) {
            if (!campaign.asks(RmiTemplate.valueOf(t.template()))) {
                asked += "; " + t.template() + " " + t.version() + " from " + t.solicited() + (t.solicited() == 1 ? " supplier" : " suppliers");
            }
        }
        return asked;
    }

    public List<CampaignStats.TemplateFigures> getByTemplate() {
        return new ArrayList<>(stats.byTemplate().values());
    }

    /** The templates back of a request, for a campaign asking more than one: "CMRT back, EMRT missing". */
    public String answersOf(SurveyRequest request) {
        return request.templatesBack();
    }

    public boolean isSeveralTemplates() {
        return campaign.getTemplates().size() > 1 || stats.byTemplate().size() > 1;
    }

    /** The states of the legend above the requests, in their order. */
    public List<RequestState> getRequestStates() {
        return List.of(RequestState.values());
    }

    public RequestState stateCode(SurveyRequest request) {
        return CampaignStatistics.effectiveState(request);
    }

    @Allowed(Role.COMPLIANCE)
    public void launch() {
        List<Long> ids = selected.stream().map(Supplier::getId).toList();
        // ticked "also the EMRT" among the suppliers selected
        List<Long> emrt = ids.stream().filter(id -> Boolean.TRUE.equals(alsoEmrt.get(id))).toList();
        Campaigns.LaunchResult result = PageMessages.attempt(() -> campaigns.launch(year, ids, emrt));
        if (result != null) {
            PageMessages.info("Launched: " + result.requested() + " suppliers asked, " + result.mailed() + " emails queued");
            if (!result.withoutContact().isEmpty()) {
                PageMessages.warn("Not mailed (no working contact): " + String.join(", ", result.withoutContact()));
            }
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void sendUnsent() {
        Integer mailed = PageMessages.attempt(() -> campaigns.sendUnsent(year));
        if (mailed != null) {
            PageMessages.info(mailed == 1 ? "1 request mailed" : mailed + " requests mailed");
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void close() {
        if (PageMessages.attempt(() -> campaigns.close(year))) {
            PageMessages.info("Campaign closed: no more reminders");
            refresh();
        }
    }

    public StreamedContent getStatusWorkbook() {
        byte[] bytes = statistics.statusWorkbook(year);
        return DefaultStreamedContent.builder().name("supplier-status-" + year + ".xlsx")
                .contentType(SupplierStatusWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Chart.js configuration: cumulative responses per day against the number solicited. */
    public String getResponsesChart() {
        return ResponseChart.of(campaign, stats, clock.today());
    }

    /** Per template asked: the suppliers that returned it against those asked (a supplier may have returned one). */
    public String getTemplatesChart() {
        List<CampaignStats.TemplateFigures> figures = getByTemplate();
        return ChartConfig.bar().labels(figures.stream().map(f -> f.template() + " " + f.version()).toList())
                .dataset(ChartConfig.series("Returned", ChartConfig.PRIMARY,
                        figures.stream().map(f -> (long) f.responded()).toList()))
                .dataset(ChartConfig.series("Asked", "#9aa8b3", figures.stream().map(f -> (long) f.solicited()).toList()))
                .fillHeight().countsFromZero().toJson();
    }

    public String getStatusChart() {
        List<Long> counts = new ArrayList<>();
        for (RequestState state : RequestState.values()) {
            counts.add(stats.byStatus().getOrDefault(state.name(), 0L));
        }
        return ChartConfig.bar().labels(Arrays.stream(RequestState.values()).map(RequestState::label).toList())
                .dataset(ChartConfig.series("Suppliers", ChartConfig.PRIMARY, counts))
                .fillHeight().noLegend().countsFromZero().toJson();
    }

    public List<Map.Entry<String, Long>> getByStatus() {
        List<Map.Entry<String, Long>> rows = new ArrayList<>();
        for (RequestState state : RequestState.values()) {
            rows.add(Map.entry(state.label(), stats.byStatus().getOrDefault(state.name(), 0L)));
        }
        return rows;
    }

    public List<Map.Entry<String, CampaignStats.CategoryFigures>> getByCategory() {
        return new ArrayList<>(stats.byCategory().entrySet());
    }

    public String stateOf(SurveyRequest request) {
        return CampaignStatistics.effectiveState(request).label();
    }

    public CampaignForm getForm() {
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignStats getStats() {
        return stats;
    }

    public List<Supplier> getCandidates() {
        return candidates;
    }

    public List<Supplier> getSelected() {
        return selected;
    }

    public java.util.Map<Long, Boolean> getAlsoEmrt() {
        return alsoEmrt;
    }

    public void setSelected(List<Supplier> selected) {
        this.selected = selected;
    }

    public List<SurveyRequest> getRequestList() {
        return requestList;
    }












}
