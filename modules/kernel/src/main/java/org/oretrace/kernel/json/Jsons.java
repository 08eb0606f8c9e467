package org.oretrace.kernel.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;

/**
 * JSON builders and readers from one provider looked up once. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up again on every call (a service-loader walk over the class path): under load that walk
 * was about a tenth of the home page's CPU (issue 18, JFR of the load test), so code that builds JSON per request uses
 * these instead.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(String json) {
        return PROVIDER.createReader(new StringReader(json));
    }
}
