package com.carerounds.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, version and sign-in schemes, so Swagger UI's Authorize button
 * works: a bearer token from {@code POST /api/sign-in}, or HTTP Basic. Either one signs a request in.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI careRoundsApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion() : "development";
        return new OpenAPI()
                .info(new Info()
                        .title("CareRounds API")
                        .version(version)
                        .description("Home-visit rosters for community health centers' family-doctor teams: "
                                + "centers, teams, elders and contracts; monthly rosters solved in the background; "
                                + "each doctor's visits and their outcomes. Sign in with POST /api/sign-in and send "
                                + "the token as `Authorization: Bearer <token>`, or use HTTP Basic. Every error is "
                                + "an RFC 7807 problem (application/problem+json)."))
                .components(new Components()
                        .addSchemas(PROBLEM, new ObjectSchema()
                                .description("An RFC 7807 problem; invalid fields are listed in errors")
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema()))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token from POST /api/sign-in, valid for carerounds.signin.token-lifetime"))
                        .addSecuritySchemes(BASIC, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password with every request")))
                // Two requirements: either scheme alone is enough.
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * The error answers every operation can give, as problem JSON, where an operation does not say more:
     * springdoc documents only the success of a handler, not what the security filters and the problem
     * handler answer.
     */
    @Bean
    OpenApiCustomizer errorResponses() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            error(operation, "400", "the request is malformed or has invalid fields (listed in errors)");
            if (!open) {
                ApiResponse unauthorized = problem("not signed in, or the token is unknown or has expired");
                unauthorized.addHeaderObject("WWW-Authenticate", new Header()
                        .description("the sign-in schemes: Bearer and Basic").schema(new StringSchema()));
                putIfAbsent(operation, "401", unauthorized);
                error(operation, "403", "the signed-in user's role or center may not do this");
                error(operation, "429", "too many failed sign-ins with HTTP Basic; see Retry-After");
            }
            if (path.contains("{")) {
                error(operation, "404", "no such record");
            }
            error(operation, "406", "the Accept header rules out application/json");
            if (write && !open) {
                error(operation, "409", "conflicts with saved data or with a change made meanwhile");
            }
        }));
    }

    private static void error(Operation operation, String code, String description) {
        putIfAbsent(operation, code, problem(description));
    }

    private static void putIfAbsent(Operation operation, String code, ApiResponse response) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(code, response);
    }

    private static ApiResponse problem(String description) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
    }
}
