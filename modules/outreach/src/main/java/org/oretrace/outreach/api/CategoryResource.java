package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.domain.SupplierCategory;

import java.util.List;

@Path("supplier-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class CategoryResource {

    @Inject
    Suppliers suppliers;

    public record CategoryJson(Long id, String name) {
        static CategoryJson of(SupplierCategory c) {
            return new CategoryJson(c.getId(), c.getName());
        }
    }

    @GET
    @RolesAllowed("VIEWER")
    @Operation(summary = "The supplier categories (ferrous, metallic, electrical, other and any added)")
    public List<CategoryJson> list() {
        return suppliers.categories().stream().map(CategoryJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add a category")
    public Response add(CategoryJson body) {
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw new BusinessRuleException("name is required");
        }
        return Response.status(Response.Status.CREATED).entity(CategoryJson.of(suppliers.addCategory(body.name())))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Rename a category")
    public CategoryJson rename(@PathParam("id") long id, CategoryJson body) {
        if (body == null || body.name() == null) {
            throw new BusinessRuleException("name is required");
        }
        suppliers.renameCategory(id, body.name());
        return suppliers.categories().stream().filter(c -> c.getId() == id).findFirst().map(CategoryJson::of).orElseThrow();
    }
}
