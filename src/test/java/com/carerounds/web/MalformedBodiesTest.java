package com.carerounds.web;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Property-style: every operation of the OpenAPI description that takes a body gets malformed ones
 * (invalid JSON, an empty body, the wrong content type, and for each field of its schema a null, a
 * value of the wrong type, a null inside a list, an over-long text, control characters), as every role.
 * None may answer 5xx, and every 4xx is an RFC 7807 problem (issue 13, finding 9). The bodies come
 * from the description itself, so a new operation or field is covered without touching this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carerounds.demo.enabled=true", "spring.application.name=malformed-bodies",
                "carerounds.signin.address-failures=1000000", "carerounds.signin.account-failures=1000000"})
@ActiveProfiles("test")
class MalformedBodiesTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEPLOYMENT_ADMIN = "malformed-admin";
    private static final String DEPLOYMENT_PASSWORD = "malformed-admin-password";

    /** The cases that are not built on the schema; the schema's plausible body comes next. */
    private static final int WHOLE_BODY_CASES = 11;
    private static final String NEW_CODE = "@code@";
    private static final String NEW_NATIONAL_ID = "@national-id@";
    /** Stands for the record's version when the body is sent: a body that happens to be valid changes it. */
    private static final String CURRENT_VERSION = "@version@";
    /**
     * Values that pass each field's own checks, by field name, so that a body with one bad field gets as far
     * as the code behind it; the rest follows from the schema's types.
     */
    private static final Map<String, JsonNode> PLAUSIBLE = Map.ofEntries(
            Map.entry("code", NODES.textNode(NEW_CODE)), Map.entry("nationalId", NODES.textNode(NEW_NATIONAL_ID)),
            Map.entry("name", NODES.textNode("王老人")), Map.entry("address", NODES.textNode("上海市长宁区愚园路1号")),
            Map.entry("phone", NODES.textNode("13700000000")), Map.entry("birthDate", NODES.textNode("1940-03-05")),
            Map.entry("latitude", NODES.numberNode(31.22)), Map.entry("longitude", NODES.numberNode(121.42)),
            Map.entry("visitStart", NODES.textNode("08:00")), Map.entry("visitEnd", NODES.textNode("17:00")),
            Map.entry("month", NODES.textNode("2027-03")), Map.entry("startDate", NODES.textNode("2027-01-01")),
            Map.entry("endDate", NODES.textNode("2027-01-05")), Map.entry("from", NODES.textNode("2027-01-04")),
            Map.entry("to", NODES.textNode("2027-01-08")), Map.entry("assessedOn", NODES.textNode("2026-01-05")),
            Map.entry("score", NODES.numberNode(50)), Map.entry("maxVisitMinutes", NODES.numberNode(240)),
            Map.entry("maxVisits", NODES.numberNode(8)), Map.entry("minAdl", NODES.numberNode(0)),
            Map.entry("visitsPerMonth", NODES.numberNode(2)), Map.entry("minGapDays", NODES.numberNode(5)),
            Map.entry("homeHospitalBedBelow", NODES.numberNode(45)), Map.entry("routineMinutes", NODES.numberNode(30)),
            Map.entry("homeHospitalBedMinutes", NODES.numberNode(45)), Map.entry("extraMinutes", NODES.numberNode(10)),
            Map.entry("username", NODES.textNode("nobody")), Map.entry("password", NODES.textNode("wrong-password")),
            Map.entry("notes", NODES.textNode("血压正常")), Map.entry("missedReason", NODES.nullNode()),
            Map.entry("status", NODES.textNode("DONE")));

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private final Map<String, String> versions = new java.util.HashMap<>();

    @Test
    void noMalformedBodyGetsA5xxAndEveryRefusalIsAProblem() throws Exception {
        accounts.save(new Account(DEPLOYMENT_ADMIN, encoder.encode(DEPLOYMENT_PASSWORD), Role.ADMIN,
                DEPLOYMENT_ADMIN, null, null));
        Map<String, String> users = new LinkedHashMap<>();
        users.put(DEPLOYMENT_ADMIN, DEPLOYMENT_PASSWORD);
        users.put("admin", "demo-admin");
        users.put("dispatcher", "demo-dispatcher");
        users.put("doctor1", "demo-doctor");

        JsonNode api = json.readTree(client.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode content = op.getValue().path("requestBody").path("content");
                if (content.isMissingNode()) {
                    continue;
                }
                operations++;
                JsonNode schema = content.has("application/json") ? content.path("application/json").path("schema")
                        : content.elements().next().path("schema");
                boolean perCenter = op.getValue().path("parameters").findValuesAsText("name").contains("centerId");
                String address = path.getKey().replaceAll("\\{[^}]+}", "1") + (perCenter ? "?centerId=1" : "");
                List<String> bodies = malformed(api, schema, op.getKey().equals("post") ? null : stored(address));
                // An open operation (sign-in) is the same for everyone: one user is enough.
                boolean open = op.getValue().path("security").isArray() && op.getValue().path("security").isEmpty();
                for (Map.Entry<String, String> user : open ? List.copyOf(users.entrySet()).subList(0, 1) : users.entrySet()) {
                    // A role the operation is closed to is refused before its body is read: the whole-body
                    // cases are enough for it.
                    // The deployment administrator is an administrator too: the center's administrator covers the
                    // role's fields.
                    boolean closed = check(op.getKey(), address, user, "application/json", bodies.get(WHOLE_BODY_CASES)) == 403
                            || user.getKey().equals(DEPLOYMENT_ADMIN);
                    for (String body : closed ? bodies.subList(0, WHOLE_BODY_CASES) : bodies) {
                        check(op.getKey(), address, user, "application/json", body);
                    }
                    for (String type : List.of("text/plain", "application/xml", "multipart/form-data")) {
                        check(op.getKey(), address, user, type, json.writeValueAsString(base(api, schema, 0)));
                    }
                }
            }
        }
        assertThat(operations).as("operations with a body in the description").isGreaterThanOrEqualTo(15);
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + sent + " answers").isEmpty();
    }

    /** Sends the body and records a 5xx, or a 4xx that is not a problem; answers the status. */
    private int check(String method, String path, Map.Entry<String, String> user, String contentType, String body)
            throws Exception {
        // Codes and ID numbers must be new for a create to get as far as its service.
        body = body.replace(NEW_CODE, "M" + sent).replace(NEW_NATIONAL_ID, nationalId(sent));
        if (body.contains(CURRENT_VERSION)) {
            if (!versions.containsKey(path)) {
                JsonNode record = stored(path);
                versions.put(path, record == null ? "0" : record.path("version").toString());
            }
            body = body.replace('"' + CURRENT_VERSION + '"', versions.get(path));
        }
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user.getKey() + ":" + user.getValue()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType)
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = response.statusCode();
        if (status < 300) {
            versions.remove(path);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean problem = type.startsWith("application/problem+json") && response.body().contains("\"status\":" + status);
        if (status >= 500 || (status >= 400 && !problem)) {
            String shown = body.length() > 200 ? body.substring(0, 200) + "…" : body;
            failures.add(status + " " + type + " for " + method.toUpperCase() + " " + path + " as " + user.getKey()
                    + " (" + contentType + "): " + shown.replace("\u0000", "\\0") + " -> "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return status;
    }

    /** The whole-body cases, then for each field of the schema (nested too) every bad value in its place. */
    private List<String> malformed(JsonNode api, JsonNode schema, JsonNode stored) throws Exception {
        List<String> bodies = new ArrayList<>(List.of("", "{", "{\"version\":", "null", "[]", "\"text\"", "42", "{}",
                "{\"a\":1}x", "{\"a\":\"\\ud800\"}", "x".repeat(300_000)));
        assertThat(bodies).hasSize(WHOLE_BODY_CASES);
        JsonNode base = base(api, schema, 0);
        if (base instanceof ObjectNode object && stored != null) {
            // A change starts from the record as read, so that it is refused for the bad field alone.
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().filter(stored::has).forEach(name -> object.set(name, stored.get(name)));
            if (stored.has("version")) {
                object.put("version", CURRENT_VERSION);
            }
        }
        bodies.add(json.writeValueAsString(base));
        bodies.add(json.writeValueAsString(base) + "{}");
        for (List<Object> field : fields(base, new ArrayList<>())) {
            for (JsonNode bad : badValues()) {
                bodies.add(json.writeValueAsString(replaced(base, field, bad)));
            }
        }
        return bodies;
    }

    private static List<JsonNode> badValues() {
        ArrayNode nullInList = NODES.arrayNode().addNull();
        ArrayNode emptyInList = NODES.arrayNode().add(NODES.objectNode());
        return List.of(NODES.nullNode(), NODES.textNode("x"), NODES.numberNode(1.5),
                NODES.numberNode(Long.MAX_VALUE), NODES.booleanNode(true), NODES.objectNode(), nullInList,
                emptyInList, NODES.textNode("x".repeat(20_000)), NODES.textNode("a\u0000b"),
                NODES.textNode("a\r\nb"), NODES.textNode("-999999999-01-01"),
                NODES.textNode("1hard"));
    }

    /** Paths of every field and list element in the value (names and indexes), parents before children. */
    private static List<List<Object>> fields(JsonNode value, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> {
                List<Object> path = new ArrayList<>(at);
                path.add(field.getKey());
                found.add(path);
                found.addAll(fields(field.getValue(), path));
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                found.add(path);
                found.addAll(fields(value.get(i), path));
            }
        }
        return found;
    }

    private static JsonNode replaced(JsonNode base, List<Object> path, JsonNode bad) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, bad);
        } else {
            ((ObjectNode) parent).set((String) last, bad);
        }
        return copy;
    }

    /** The record at that address as read (the team, for its capacity), or null. */
    private JsonNode stored(String path) throws Exception {
        String record = path.replace("/capacity", "");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(record)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((DEPLOYMENT_ADMIN + ":" + DEPLOYMENT_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    private static String nationalId(int sequence) {
        String first17 = "6501031941" + String.format("%07d", sequence);
        return first17 + com.carerounds.elder.NationalId.checkCharacter(first17);
    }

    /** A plausible value of the schema: what each malformed body starts from. */
    private JsonNode base(JsonNode api, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return base(api, api.path("components").path("schemas").path(name), depth + 1);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return NODES.textNode(switch (format) {
                    case "date" -> "2026-12-01";
                    case "date-time" -> "2026-12-01T08:00:00Z";
                    case "partial-time", "time" -> "08:00";
                    default -> schema.path("pattern").asText("").contains("\\d{4}") ? "2026-12" : "x";
                });
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number":
                return NODES.numberNode(1.0);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode().add(base(api, schema.path("items"), depth + 1));
            default:
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                        PLAUSIBLE.containsKey(p.getKey()) ? PLAUSIBLE.get(p.getKey()) : base(api, p.getValue(), depth + 1)));
                if (schema.path("additionalProperties").isObject()) {
                    // A map: a constraint weight, or an import's rows by file.
                    JsonNode value = base(api, schema.path("additionalProperties"), depth + 1);
                    object.set(value.isTextual() ? "travel-time" : "elders", value.isTextual() ? NODES.textNode("2soft") : value);
                }
                return object;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
