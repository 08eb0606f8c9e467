package org.oretrace.app.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without a browser: plain HTTP/1.1 over a socket bound to a chosen loopback
 * address (127.0.0.2, 127.0.0.3 ... are other "computers" to the server, which is what login
 * throttling per client address needs; Java 17's HttpClient cannot choose its source address), with
 * the session cookie kept like a browser keeps it. Signs in through the real login form.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    // PrimeFaces (primefaces.CSP) checks on a postback that the form sends the nonce of the page it came from
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(?i)^JSESSIONID=([^;]*)");

    private final String clientAddress;
    private final int port;
    private String sessionId;
    /** Other cookies a browser would keep, e.g. a load balancer's sticky cookie. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public WebSession(String clientAddress) {
        this(clientAddress, 0);
    }

    /** A session with another server (a cluster's balancer), keeping every cookie it sets. */
    public WebSession(String clientAddress, int port) {
        this.clientAddress = clientAddress;
        this.port = port;
    }

    /** The value of a cookie the server set (other than the session's), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The answer of one request: status, headers (names in lower case, all values), body. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + headers + ": " + (body.length() > 1500 ? body.substring(0, 1500) + "..." : body);
        }
    }

    /**
     * Signs in through the login page ({@code next} as a browser would carry it, or null) and returns
     * the form's answer: 302 with the page to go to when signed in, 200 with the message when refused.
     */
    public Answer signIn(String username, String password, String next) {
        String query = next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        Answer page = send("GET", "/login.xhtml" + query, Map.of(), null);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !viewState.find()) {
            throw new AssertionError("no login form: " + page);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:next", next == null ? "" : next);
        form.put("login:submit", "Sign in");
        form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", "/login.xhtml" + query, Map.of("Content-Type", "application/x-www-form-urlencoded"), body.toString());
    }

    /** Signs in and fails unless the form accepted the credentials. */
    public WebSession signedIn(String username, String password) {
        Answer answer = signIn(username, password, null);
        if (answer.status() != 302 || answer.header("Location").contains("login.xhtml")) {
            throw new AssertionError(username + " could not sign in from " + clientAddress + ": " + answer);
        }
        return this;
    }

    private int port() {
        return port == 0 ? Server.port() : port;
    }

    public Answer get(String path) {
        return send("GET", path, Map.of(), null);
    }

    /** One request with the session cookie (if any) and the given headers; a JSON or form body, or null. */
    public Answer send(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port()).append("\r\n")
                .append("Connection: close\r\n");
        StringBuilder cookieHeader = new StringBuilder(sessionId == null ? "" : "JSESSIONID=" + sessionId);
        cookies.forEach((k, v) -> cookieHeader.append(cookieHeader.isEmpty() ? "" : "; ").append(k).append('=').append(v));
        if (!cookieHeader.isEmpty()) {
            request.append("Cookie: ").append(cookieHeader).append("\r\n");
        }
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        if (body != null || !method.equals("GET")) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        if (port == 0) {
            Server.baseUrl();
        }
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(clientAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Answer answer = parse(socket.getInputStream().readAllBytes());
            for (String cookie : answer.all("set-cookie")) {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.find()) {
                    sessionId = m.group(1);
                } else if (port != 0 && cookie.contains("=")) {
                    String pair = cookie.split(";")[0];
                    cookies.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
                }
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + clientAddress, e);
        }
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, pos, chunked.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String sizeLine = new String(chunked, pos, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            pos += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(chunked, pos, size);
            pos += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("malformed HTTP answer");
    }
}
