package org.oretrace.app.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the deployed application's REST API. */
public final class Api {

    // HTTP/1.1: the default h2c upgrade against Payara ended long requests with "EOF reached while reading" under load.
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final String token;
    private final java.util.function.Supplier<String> baseUrl;

    private Api(String token) {
        this(token, Server::baseUrl);
    }

    private Api(String token, java.util.function.Supplier<String> baseUrl) {
        this.token = token;
        this.baseUrl = baseUrl;
    }

    /** The administrator of the separate demo server (see {@link Server#demoBaseUrl()}). */
    public static Api demoAdmin() {
        return new Api(Server.ADMIN_TOKEN, Server::demoBaseUrl);
    }

    /** A client of another server (e.g. a cluster's load balancer or one of its nodes). */
    public static Api at(String baseUrl, String token) {
        return new Api(token, () -> baseUrl);
    }

    public static Api asAdmin() {
        return new Api(Server.ADMIN_TOKEN);
    }

    public static Api withToken(String token) {
        return new Api(token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** Creates a user with the given role and returns an API client acting as that user. */
    public static Api newUser(String username, String role, String password) {
        Response created = asAdmin().postJson("/api/admin/users", "{\"username\":\"" + username + "\",\"role\":\"" + role
                + "\",\"password\":\"" + password + "\",\"displayName\":\"" + username + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create user " + username + ": " + created);
        }
        Response token = asAdmin().postJson("/api/admin/users/" + username + "/tokens", "{\"name\":\"test\"}");
        if (token.status() != 201) {
            throw new IllegalStateException("Could not create a token for " + username + ": " + token);
        }
        return new Api(token.json().getString("token"));
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart/form-data POST with one file and optional plain fields. */
    public Response postFile(String path, String field, String fileName, byte[] bytes) {
        return postMultipart(path, Map.of(field, new FilePart(fileName, bytes)), Map.of());
    }

    public Response postFile(String path, String field, String fileName, byte[] bytes, Map<String, String> fields) {
        return postMultipart(path, Map.of(field, new FilePart(fileName, bytes)), fields);
    }

    /** A CMRT uploaded as a supplier's (by number) response to the campaign of a year; fails unless it was created. */
    public JsonObject uploadResponse(String supplierNumber, int year, byte[] cmrt) {
        long supplierId = get("/api/suppliers/" + supplierNumber).json().getJsonNumber("id").longValue();
        Response response = postFile("/api/declarations", "file", supplierNumber + ".xlsx", cmrt,
                Map.of("supplier", Long.toString(supplierId), "campaign", Integer.toString(year)));
        if (response.status() != 201) {
            throw new AssertionError("upload for " + supplierNumber + " not created: " + response);
        }
        return response.json();
    }

    public record FilePart(String fileName, byte[] bytes) {
    }

    public Response postMultipart(String path, Map<String, FilePart> files, Map<String, String> fields) {
        String boundary = "----oretrace" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : new LinkedHashMap<>(fields).entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, FilePart> f : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\""
                        + f.getValue().fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue().bytes());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Follows a screening of all smelters (e.g. the one an SDN list import answered 202 for) by polling
     * {@code GET /api/screening/runs/{id}} until it is no longer RUNNING; returns its final record.
     */
    public JsonObject awaitScreening(long screeningId, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Response run = get("/api/screening/runs/" + screeningId);
            if (run.status() != 200) {
                throw new AssertionError("Screening " + screeningId + ": " + run);
            }
            JsonObject json = run.json();
            if (!json.getString("state").equals("RUNNING")) {
                return json;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Screening " + screeningId + " still running after " + atMost + ": " + json);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The screening an SDN list import started (its answer must be 202 Accepted), followed to its end. */
    public JsonObject awaitScreening(Response accepted) {
        if (accepted.status() != 202) {
            throw new AssertionError("Expected 202 Accepted with a screening: " + accepted);
        }
        return awaitScreening(accepted.json().getJsonNumber("screeningId").longValue(), Duration.ofMinutes(5));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, byte[] bytes, HttpHeaders headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray();
            }
        }

        @Override
        public String toString() {
            String text = body();
            return "HTTP " + status + ": " + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
        }
    }
}
