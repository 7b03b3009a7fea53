package com.carerounds.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives {@code kill -9}: the real application runs as a separate JVM on its
 * database, a change is answered 200, the process is killed (SIGKILL) the moment the answer arrives and
 * started again on the same files, and the change is there. Subclasses name the database.
 */
abstract class KilledProcessContract {

    private static final String ADMIN = "durability-admin";
    private static final String PASSWORD = "durability-password";

    @TempDir Path dir;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process running;
    private int port;

    /** The arguments that put the application on this test's database, kept across restarts. */
    abstract List<String> database(Path dir);

    @AfterEach
    void stop() {
        if (running != null) {
            running.destroyForcibly();
        }
    }

    @Test
    void aChangeAnsweredBeforeTheKillIsThereAfterTheRestart() throws Exception {
        start();
        HttpResponse<String> created = send("POST", "/api/centers", center(null, "before the kill"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(field(created.body(), "id"));
        // Several changes, each killed right after its answer would be the strongest test; one per restart
        // keeps the test short, and the last change is the one a write delay would lose.
        HttpResponse<String> changed = send("PUT", "/api/centers/" + id,
                center(Integer.parseInt(field(created.body(), "version")), "changed just before the kill"));
        running.destroyForcibly();
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        running.waitFor();

        start();
        HttpResponse<String> after = send("GET", "/api/centers/" + id, null);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(after.body()).contains("changed just before the kill");
    }

    private void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "com.carerounds.CareRoundsApplication",
                "--server.port=" + port, "--carerounds.demo.enabled=false",
                "--carerounds.admin.username=" + ADMIN, "--carerounds.admin.password=" + PASSWORD));
        command.addAll(database(dir));
        Path log = dir.resolve("application.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        running = process;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped:\n" + tail(log));
            }
            // Readiness turns UP after the start-up runners, which create the administrator; asking with a
            // password before that would count as failed sign-ins.
            try {
                return send("GET", "/actuator/health/readiness", null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String center(Integer version, String name) {
        return """
                {"version": %s, "code": "DURABLE", "name": "%s", "address": "上海市长宁区愚园路1号",
                 "latitude": 31.22, "longitude": 121.42, "visitStart": "08:00", "visitEnd": "17:00"}"""
                .formatted(version, name);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
