package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.application.CampaignSettings;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.domain.Campaign;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.StoredAttachment;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.infrastructure.SupplierStatusWorkbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "The yearly supplier survey (RCOI): set-up, launch, response figures")
public class CampaignResource {

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    @Inject
    SurveyRequests requests;

    @Inject
    org.oretrace.outreach.application.Suppliers suppliers;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed("VIEWER")
    @Operation(summary = "All campaigns, newest first")
    public List<CampaignJson> list() {
        return campaigns.list().stream().map(CampaignJson::of).toList();
    }

    @GET
    @Path("{year}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "The campaign of a reporting year")
    public CampaignJson get(@PathParam("year") int year) {
        return CampaignJson.of(campaigns.get(year));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Create the campaign of a reporting year",
            description = "year and dueDate are required; categories default to all; the follow-up policy defaults to "
                    + "reminders after 14, 28 and 42 days, escalation to the owner after 56 and a final notice on the due date.")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "a campaign for that year exists, or the due date is missing or too early")
    public Response create(CampaignJson body) {
        if (body == null || body.year() == null) {
            throw new BusinessRuleException("year and dueDate are required");
        }
        CampaignJson created = CampaignJson.of(campaigns.create(settings(body.year(), body)));
        return Response.created(uriInfo.getBaseUriBuilder().path("campaigns").path(String.valueOf(created.year())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Change a campaign's due date, CMRT version, categories (before launch), sender or follow-up policy")
    public CampaignJson update(@PathParam("year") int year, CampaignJson body) {
        if (body == null) {
            throw new BusinessRuleException("A JSON body is required");
        }
        return CampaignJson.of(campaigns.update(settings(year, body)));
    }

    private static CampaignSettings settings(int year, CampaignJson b) {
        return new CampaignSettings(year, b.dueDate(), b.cmrtVersion(), b.categories(), b.senderName(), b.copyOtherContacts(),
                b.reminderDays(), b.escalationDay(), b.finalNotice(), templates(b.templates()), b.emrtVersion());
    }

    private static List<RmiTemplate> templates(List<String> names) {
        if (names == null) {
            return null;
        }
        List<RmiTemplate> templates = new ArrayList<>();
        for (String name : names) {
            templates.add(template(name));
        }
        return templates;
    }

    private static RmiTemplate template(String name) {
        RmiTemplate template = SupplierResource.parse(RmiTemplate.class, name);
        if (template == null || !Campaign.ASKABLE.contains(template)) {
            throw new BusinessRuleException("A campaign asks for CMRT, EMRT or both, not " + name);
        }
        return template;
    }

    @POST
    @Path("{year}/cmrt")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Upload the blank CMRT workbook the requests carry (multipart field 'file')",
            description = "It must be an RMI CMRT of the version the campaign asks for.")
    public CampaignJson uploadBlankCmrt(@PathParam("year") int year, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessRuleException("Send the workbook as the multipart field 'file'");
        }
        byte[] content = SupplierResource.read(file);
        campaigns.attachBlank(year, RmiTemplate.CMRT, file.getFileName().orElse("CMRT.xlsx"), content);
        return CampaignJson.of(campaigns.get(year));
    }

    @POST
    @Path("{year}/emrt")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Upload the blank EMRT workbook the requests carry when the campaign asks for it (multipart field 'file')",
            description = "It must be an RMI EMRT of the version the campaign asks for (emrtVersion); a CMRT is refused.")
    public CampaignJson uploadBlankEmrt(@PathParam("year") int year, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessRuleException("Send the workbook as the multipart field 'file'");
        }
        byte[] content = SupplierResource.read(file);
        campaigns.attachBlank(year, RmiTemplate.EMRT, file.getFileName().orElse("EMRT.xlsx"), content);
        return CampaignJson.of(campaigns.get(year));
    }

    /** @param alsoEmrt supplier numbers (among those asked) asked for the EMRT besides the campaign's templates */
    public record LaunchRequest(List<String> supplierNumbers, List<String> alsoEmrt) {
    }

    public record LaunchJson(int requested, int mailed, List<String> withoutContact) {
    }

    @POST
    @Path("{year}/launch")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Launch: a request per supplier and the first email with the blank CMRT",
            description = "Without a body (or without supplierNumbers) the campaign asks every active, in-scope supplier "
                    + "of its categories; otherwise exactly the suppliers listed. The suppliers in alsoEmrt are asked for "
                    + "the EMRT too (the campaign's blank EMRT must be uploaded).")
    @APIResponse(responseCode = "400", description = "already launched, no blank CMRT uploaded, or no supplier chosen")
    public LaunchJson launch(@PathParam("year") int year, LaunchRequest body) {
        List<Long> ids = body == null || body.supplierNumbers() == null ? null : ids(body.supplierNumbers());
        Campaigns.LaunchResult result = campaigns.launch(year, ids, alsoEmrt(body));
        return new LaunchJson(result.requested(), result.mailed(), result.withoutContact());
    }

    @POST
    @Path("{year}/suppliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Add suppliers to a launched campaign; they are mailed at once",
            description = "The suppliers in alsoEmrt are asked for the EMRT besides the campaign's templates.")
    public LaunchJson addSuppliers(@PathParam("year") int year, LaunchRequest body) {
        if (body == null || body.supplierNumbers() == null || body.supplierNumbers().isEmpty()) {
            throw new BusinessRuleException("supplierNumbers is required");
        }
        Campaigns.LaunchResult result = campaigns.addSuppliers(year, ids(body.supplierNumbers()), alsoEmrt(body));
        return new LaunchJson(result.requested(), result.mailed(), result.withoutContact());
    }

    private List<Long> alsoEmrt(LaunchRequest body) {
        return body == null || body.alsoEmrt() == null ? List.of() : ids(body.alsoEmrt());
    }

    private List<Long> ids(List<String> numbers) {
        List<Long> ids = new ArrayList<>();
        for (String number : numbers) {
            ids.add(suppliers.findBySupplierNumber(number).map(Supplier::getId)
                    .orElseThrow(() -> new BusinessRuleException("No supplier " + number)));
        }
        return ids;
    }

    @GET
    @Path("{year}/statistics")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Response figures: solicited, responded, responseRate (percent), byStatus, byCategory, "
            + "responses over time, overdue suppliers, partial (asked for two templates, returned one), and byTemplate "
            + "(per template asked: solicited, responded, responseRate, responses over time)")
    public CampaignStats statistics(@PathParam("year") int year) {
        return statistics.forYear(year);
    }

    @GET
    @Path("{year}/statistics.xlsx")
    @Produces(SupplierStatusWorkbook.CONTENT_TYPE)
    @RolesAllowed("VIEWER")
    @Operation(summary = "The supplier status table as an Excel workbook")
    public Response statusWorkbook(@PathParam("year") int year) {
        byte[] workbook = statistics.statusWorkbook(year);
        return Response.ok(workbook, SupplierStatusWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"supplier-status-" + year + ".xlsx\"").build();
    }

    /**
     * @param answers  per template asked: RESPONDED, NEEDS_FOLLOW_UP, or null while it has not come back
     * @param missing  the templates asked that have not come back
     */
    public record RequestJson(long id, String supplierNumber, String supplierName, String state, LocalDate requestedOn,
                              int remindersSent, LocalDate escalatedOn, Instant respondedAt, Long declarationId,
                              Map<String, String> answers, List<String> missing) {
    }

    @GET
    @Path("{year}/requests")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Every supplier's request in the campaign and its state")
    public List<RequestJson> requests(@PathParam("year") int year) {
        campaigns.get(year);
        return requests.ofCampaign(year).stream().map(CampaignResource::json).toList();
    }

    private static RequestJson json(SurveyRequest r) {
        return new RequestJson(r.getId(), r.getSupplier().getSupplierNumber(), r.getSupplier().getName(),
                CampaignStatistics.effectiveState(r).name(), r.getRequestedOn(), r.getRemindersSent(), r.getEscalatedOn(),
                r.getRespondedAt(), r.getDeclarationId(), answers(r), r.missingTemplates().stream().map(RmiTemplate::name).toList());
    }

    private static Map<String, String> answers(SurveyRequest r) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (RmiTemplate template : r.getTemplates()) {
            answers.put(template.name(), r.answerOf(template) == null ? null : r.answerOf(template).name());
        }
        return answers;
    }


    /** @param template CMRT or EMRT; absent: the campaign's only template, or the CMRT when it asks for both */
    public record ResponseJson(String outcome, String note, String template) {
    }

    @POST
    @Path("{year}/requests/{supplierNumber}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Record a response that came in outside Oretrace (outcome ACCEPTED or NEEDS_FOLLOW_UP, with a note;"
            + " template CMRT or EMRT when the campaign asks for both)",
            description = "Counts in the response rate and stops reminders, as an accepted declaration from intake does.")
    public RequestJson recordResponse(@PathParam("year") int year, @PathParam("supplierNumber") String supplierNumber,
                                      ResponseJson body) {
        if (body == null) {
            throw new BusinessRuleException("outcome and note are required");
        }
        var outcome = SupplierResource.parse(org.oretrace.kernel.events.DeclarationEvaluated.Outcome.class, body.outcome());
        if (outcome == null || outcome == org.oretrace.kernel.events.DeclarationEvaluated.Outcome.REJECTED
                || outcome == org.oretrace.kernel.events.DeclarationEvaluated.Outcome.RISK_REVIEW) {
            throw new BusinessRuleException("outcome is ACCEPTED or NEEDS_FOLLOW_UP");
        }
        long supplierId = ids(List.of(supplierNumber)).get(0);
        RmiTemplate template = body.template() == null || body.template().isBlank() ? null : template(body.template());
        return json(requests.recordResponse(supplierId, year, template, outcome, body.note()));
    }
}
