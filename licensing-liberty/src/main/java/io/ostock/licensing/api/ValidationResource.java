package io.ostock.licensing.api;

import io.ostock.licensing.application.LicenseValidation;
import io.ostock.licensing.application.ValidationResult;
import io.ostock.licensing.domain.License;
import io.ostock.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Path("licenses/validation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Tag(name = "Validation")
@ApplicationScoped
public class ValidationResource {

    @Inject
    LicenseValidation validation;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    /** The hot path skips the registry's lookup by name and tags. */
    private final Map<String, Counter> countersByVerdict = new ConcurrentHashMap<>();

    @POST
    @Operation(summary = "Is this key valid? An unknown key and a revoked one answer alike")
    public LicenseJson.ValidationResponse validate(LicenseJson.ValidationRequest request) {
        ValidationResult result = validation.validate(LicenseJson.ValidationRequest.checkedKey(request));
        License.Verdict verdict = result.licenseId() == null ? null : License.Verdict.valueOf(result.verdict());
        countersByVerdict.computeIfAbsent(result.verdict(), name -> metrics.counter("license_validations_total",
                new org.eclipse.microprofile.metrics.Tag("result", name))).inc();
        return new LicenseJson.ValidationResponse(verdict != null && verdict.usable(), result.verdict(),
                result.status(), result.expiresAt(), result.organizationId(), result.productName());
    }
}
