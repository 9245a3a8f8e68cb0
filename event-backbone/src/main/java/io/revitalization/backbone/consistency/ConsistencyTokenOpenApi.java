package io.revitalization.backbone.consistency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;
import java.util.Set;

/**
 * Documents {@code X-Consistency-Token} on every operation of a service using event-backbone: any request may send
 * it, and a write's successful answer carries it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ConsistencyTokenOpenApi implements OASFilter {
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final String EXAMPLE = "0b6f3c8e-5d7a-4f0e-9a51-2f1d8c6b7e40;revit.cases.v1=1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        operation.addParameter(OASFactory.createParameter()
                .name(ConsistencyToken.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("The token a write answered (several comma-separated): this request first waits until "
                        + "this service has that write's events, at most 5 s, else 503 with Retry-After. "
                        + "See docs/architecture.md, \"Reading your own writes\".")
                .example(EXAMPLE)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (!WRITES.contains(method) || operation.getResponses() == null
                || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        Header answered = OASFactory.createHeader()
                .description("Names the events this write published; send it with the next request to another "
                        + "service that uses what was written")
                .example(EXAMPLE)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        for (Map.Entry<String, org.eclipse.microprofile.openapi.models.responses.APIResponse> response
                : operation.getResponses().getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("2")) {
                response.getValue().addHeader(ConsistencyToken.HEADER, answered);
            }
        }
    }
}
