package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.application.SupplierBatch;
import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.application.SupplierImport;
import org.oretrace.outreach.application.SupplierSearch;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.ContactChannel;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.infrastructure.TableReader;

import java.io.IOException;
import java.io.InputStream;
import org.oretrace.kernel.InputLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers", description = "The supplier master surveyed for conflict minerals")
public class SupplierResource {

    private static final long MAX_UPLOAD = 20L * 1024 * 1024;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierSearch search;

    @Inject
    SupplierImport supplierImport;

    @Inject
    SupplierBatch batch;

    @Inject
    SurveyRequests requests;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed("VIEWER")
    @Operation(summary = "List suppliers, by name, one page at a time",
            description = "Filters combine; state needs year. The X-Total-Count header counts every match; walk the"
                    + " pages with first (0 = the first match) and max (default 100, at most " + SupplierSearch.MAX_PAGE + ").")
    @APIResponse(responseCode = "200", description = "the page's suppliers with their contacts; header X-Total-Count")
    public Response list(@QueryParam("q") @Parameter(description = "part of the name or number") String text,
                         @QueryParam("category") String category,
                         @QueryParam("inScope") Boolean inScope,
                         @QueryParam("status") @Parameter(description = "ACTIVE, UNREACHABLE or OUT_OF_SCOPE") String status,
                         @QueryParam("year") @Parameter(description = "only suppliers asked in this campaign") Integer year,
                         @QueryParam("state") @Parameter(description = "request state in that campaign, e.g. SENT") String state,
                         @QueryParam("first") @DefaultValue("0") @Parameter(description = "index of the first match to return") int first,
                         @QueryParam("max") @DefaultValue("100") @Parameter(description = "page size, at most 500") int max) {
        Long categoryId = category == null ? null : suppliers.categoryNamed(category).map(SupplierCategory::getId)
                .orElseThrow(() -> new BusinessRuleException("Unknown category " + category));
        SupplierSearch.Page page = search.page(new Suppliers.Filter(text, categoryId, inScope, parse(SupplierStatus.class, status),
                year, parse(RequestState.class, state)), first, max);
        return Response.ok(page.suppliers().stream().map(SupplierJson::of).toList())
                .header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "One supplier by supplier number")
    @APIResponse(responseCode = "404", description = "no supplier with that number")
    public SupplierJson get(@PathParam("number") String number) {
        return SupplierJson.of(suppliers.findBySupplierNumber(number)
                .orElseThrow(() -> new NoSuchElementException("No supplier " + number)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Create a supplier, or update the one with the same supplier number",
            description = "Absent fields keep their stored values; contacts are matched by email and added when new.")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "200", description = "updated")
    public Response createOrUpdate(SupplierJson body) {
        if (body == null || body.supplierNumber() == null || body.supplierNumber().isBlank()) {
            throw new BusinessRuleException("supplierNumber is required");
        }
        return save(body.supplierNumber(), body);
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Create or update the supplier with this number")
    public Response put(@PathParam("number") String number, SupplierJson body) {
        if (body == null) {
            throw new BusinessRuleException("A JSON body is required");
        }
        return save(number, body);
    }

    public record BulkResult(int created, int updated, int unchanged, List<BulkRefusal> rejected) {
        public record BulkRefusal(String supplierNumber, String error) {
        }
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Create or update many suppliers by supplier number (an ERP pushing its list)",
            description = "Each supplier is saved on its own, as in POST; one that breaks a rule is listed with the reason "
                    + "and the others are still saved. Suppliers not in the list are left alone.")
    public BulkResult putAll(List<SupplierJson> body) {
        if (body == null) {
            throw new BusinessRuleException("A JSON array of suppliers is required");
        }
        // refusals in the order of the list: a missing number is refused here, the rest by the batch
        Map<Integer, BulkResult.BulkRefusal> rejected = new TreeMap<>();
        List<Integer> positions = new ArrayList<>();
        List<SupplierData> data = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            SupplierJson supplier = body.get(i);
            String number = supplier == null ? null : supplier.supplierNumber();
            if (number == null || number.isBlank()) {
                rejected.put(i, new BulkResult.BulkRefusal(number, "supplierNumber is required"));
                continue;
            }
            data.add(supplier.toData(number));
            positions.add(i);
        }
        SupplierBatch.Outcome saved = batch.saveEach(data);
        for (SupplierBatch.Refusal refusal : saved.refused()) {
            rejected.put(positions.get(refusal.index()), new BulkResult.BulkRefusal(data.get(refusal.index()).supplierNumber(),
                    refusal.reason()));
        }
        return new BulkResult(saved.created(), saved.updated(), saved.unchanged(), List.copyOf(rejected.values()));
    }

    private Response save(String number, SupplierJson body) {
        Suppliers.Saved saved = suppliers.save(body.toData(number));
        SupplierJson json = SupplierJson.of(saved.supplier());
        return saved.created()
                ? Response.created(uriInfo.getBaseUriBuilder().path("suppliers").path(json.supplierNumber()).build()).entity(json).build()
                : Response.ok(json).build();
    }

    public record StatusChange(String status, String reason) {
    }

    @POST
    @Path("{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Mark the supplier unreachable or out of scope (with a reason), or active again")
    public SupplierJson changeStatus(@PathParam("number") String number, StatusChange change) {
        Supplier supplier = suppliers.findBySupplierNumber(number).orElseThrow(() -> new NoSuchElementException("No supplier " + number));
        SupplierStatus status = parse(SupplierStatus.class, change == null ? null : change.status());
        if (status == null) {
            throw new BusinessRuleException("status is ACTIVE, UNREACHABLE or OUT_OF_SCOPE");
        }
        suppliers.changeStatus(supplier.getId(), status, change.reason());
        return SupplierJson.of(suppliers.get(supplier.getId()));
    }

    public record ContactLogJson(Long id, Instant occurredAt, String channel, boolean automatic, String person, String summary,
                                 String outcome, Integer reportingYear) {
        static ContactLogJson of(ContactLogEntry e) {
            return new ContactLogJson(e.getId(), e.getOccurredAt(), e.getChannel().name(), e.isAutomatic(), e.getPerson(),
                    e.getSummary(), e.getOutcome(), e.getRequest() == null ? null : e.getRequest().getCampaign().getReportingYear());
        }
    }

    public record ManualContact(String channel, LocalDate date, String person, String summary, String outcome,
                                Integer reportingYear) {
    }

    @GET
    @Path("{number}/contact-log")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Every contact with the supplier, newest first")
    public List<ContactLogJson> contactLog(@PathParam("number") String number) {
        return requests.contactLog(supplierId(number)).stream().map(ContactLogJson::of).toList();
    }

    @POST
    @Path("{number}/contact-log")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Log a phone call, letter, meeting or outside email (channel PHONE, LETTER, MEETING, EXTERNAL_EMAIL)")
    @APIResponse(responseCode = "201", description = "logged")
    public Response logContact(@PathParam("number") String number, ManualContact body) {
        long supplierId = supplierId(number);
        Long requestId = body.reportingYear() == null ? null : requests.find(supplierId, body.reportingYear())
                .orElseThrow(() -> new BusinessRuleException(number + " is not in the " + body.reportingYear() + " campaign"))
                .getId();
        ContactChannel channel = parse(ContactChannel.class, body.channel());
        if (channel == null) {
            throw new BusinessRuleException("channel is one of " + ContactChannel.manual());
        }
        ContactLogEntry entry = requests.logContact(supplierId, requestId, channel, body.date(), body.person(),
                body.summary(), body.outcome());
        return Response.status(Response.Status.CREATED).entity(ContactLogJson.of(entry)).build();
    }

    public record ImportJson(int created, int updated, int unchanged, int rejected, String summary, List<String> columns,
                             List<RejectedRow> rejectedRows) {
        public record RejectedRow(int line, String supplierNumber, List<String> problems) {
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Import an ERP export (CSV or XLSX)",
            description = "Columns are mapped by their header names (e.g. 'Vendor Number', 'Name', 'E-Mail', 'Buyer'); "
                    + "rows with problems are not imported and are listed with the reason; re-import updates by supplier number. "
                    + "The import screen lets a person map columns by hand.")
    public ImportJson importFile(@FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessRuleException("Send the export as the multipart field 'file'");
        }
        byte[] content = read(file);
        String fileName = file.getFileName().orElse("upload");
        TableReader.Table table = supplierImport.read(fileName, content);
        var mapping = supplierImport.guessMapping(table.headers());
        SupplierImport.Result result = supplierImport.run(fileName, table, mapping);
        return new ImportJson(result.created(), result.updated(), result.unchanged(), result.rejected(), result.summary(),
                mapping.keySet().stream().map(Enum::name).toList(),
                result.rejectedRows().stream().map(r -> new ImportJson.RejectedRow(r.line(), r.supplierNumber(), r.problems()))
                        .toList());
    }

    private long supplierId(String number) {
        return suppliers.findBySupplierNumber(number).orElseThrow(() -> new NoSuchElementException("No supplier " + number)).getId();
    }

    static byte[] read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return InputLimits.upload(in, MAX_UPLOAD, "The file");
        } catch (IOException e) {
            throw new BusinessRuleException("The upload could not be read: " + e.getMessage());
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
