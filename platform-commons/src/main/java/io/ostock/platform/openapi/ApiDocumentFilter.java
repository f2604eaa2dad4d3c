package io.ostock.platform.openapi;

import io.ostock.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finishes a service's OpenAPI document the same way for every service (registered by mp.openapi.filter
 * in platform-commons' configuration):
 * <ul>
 *   <li>every operation lists the error answers the platform gives it, all application/problem+json:
 *   the ones every resource gets from the shared filters and mappers (400, 401, 403, 404, 406, 412, 413,
 *   415) follow from the operation's shape; the ones only its own code gives (409, 422, 424, ...) are
 *   declared on the resource method with {@code @APIResponse} and get the problem schema here;</li>
 *   <li>a page of X is the schema XPage (the scanner names Page&lt;X&gt; after X's class, often Response);</li>
 *   <li>the ids in paths and bodies are the schema Id, which says which UUIDs are accepted (the scanner
 *   calls it UUID).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final Set<String> PAGE_MEMBERS = Set.of("items", "total", "limit", "offset");
    private static final String SCANNED_ID_SCHEMA = "UUID";
    static final String ID_SCHEMA = "Id";

    @Override
    public Schema filterSchema(Schema schema) {
        if ((SCHEMA_REF_PREFIX + SCANNED_ID_SCHEMA).equals(schema.getRef())) {
            schema.setRef(ID_SCHEMA);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components.addSchema(PROBLEM_SCHEMA, problemSchema()));
        Schema id = components.getSchemas().get(SCANNED_ID_SCHEMA);
        if (id != null) {
            components.removeSchema(SCANNED_ID_SCHEMA);
            components.addSchema(ID_SCHEMA, id.description(
                    "A UUID in canonical form (8-4-4-4-12 hexadecimal digits), never the nil UUID"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String> pageNames = pageNames(components);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations().forEach((method, operation) -> {
                complete(operation, method, path.getKey().contains("{"));
                operation.getResponses().getAPIResponses().values().forEach(response ->
                        renameReferences(response.getContent(), pageNames));
            });
        }
        pageNames.forEach((scanned, readable) -> {
            components.addSchema(readable, components.getSchemas().get(scanned));
            components.removeSchema(scanned);
        });
    }

    /** Scanned name to XPage, for each schema with the members of a Page whose items are Xs. */
    static Map<String, String> pageNames(Components components) {
        Map<String, String> names = new TreeMap<>();
        if (components.getSchemas() == null) {
            return names;
        }
        components.getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null || !properties.keySet().equals(PAGE_MEMBERS)) {
                return;
            }
            Schema items = properties.get("items").getItems();
            if (items != null && items.getRef() != null && items.getRef().startsWith(SCHEMA_REF_PREFIX)) {
                names.put(name, items.getRef().substring(SCHEMA_REF_PREFIX.length()) + "Page");
            }
        });
        return names;
    }

    /** Pages are only ever whole answers, so only the answers' own schemas refer to them. */
    private static void renameReferences(Content content, Map<String, String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(mediaType -> {
            Schema schema = mediaType.getSchema();
            String ref = schema == null ? null : schema.getRef();
            if (ref != null && names.containsKey(ref.substring(ref.lastIndexOf('/') + 1))) {
                schema.setRef(names.get(ref.substring(ref.lastIndexOf('/') + 1)));
            }
        });
    }

    static void complete(Operation operation, PathItem.HttpMethod method, boolean hasPathParameters) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean isPublic = isPublic(operation);
        addIfAbsent(responses, "400", "Malformed request: a broken query string, body or id, or invalid fields "
                + "(errors names each)");
        addIfAbsent(responses, "401", isPublic
                ? "An Authorization header was sent that is not a valid bearer token"
                : "No valid access token: missing, expired, forged, or meant for another audience");
        if (!isPublic) {
            addIfAbsent(responses, "403", "The caller's roles or organization do not allow this");
        }
        if (hasPathParameters) {
            addIfAbsent(responses, "404", "No such resource, or none the caller may see");
        }
        addIfAbsent(responses, "406", "The Accept header admits no JSON answer");
        if (takesIfMatch(operation) || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            addIfAbsent(responses, "412", "If-Match does not hold the current ETag (strong comparison), "
                    + "or another request changed the resource meanwhile");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than the platform's limit of 64 KiB");
            addIfAbsent(responses, "415", "The body is not application/json");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getContent() == null && response.getRef() == null) {
                response.setContent(problemContent());
            }
        });
    }

    /** security: [] or an alternative without requirements ({}) opens an operation to anyone. */
    private static boolean isPublic(Operation operation) {
        return operation.getSecurity() != null && (operation.getSecurity().isEmpty()
                || operation.getSecurity().stream().anyMatch(requirement -> requirement.getSchemes() == null
                        || requirement.getSchemes().isEmpty()));
    }

    private static boolean takesIfMatch(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(parameter ->
                parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; members without a value are left out")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("Names the kind of problem, stable to branch on, e.g. urn:ostock:problem:not-found"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("correlationId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request's X-Correlation-ID, to find its log lines"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
