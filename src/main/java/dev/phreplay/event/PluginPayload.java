package dev.phreplay.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The payload of a plugin event (type 6), typed for the plugins phreplay understands. */
public sealed interface PluginPayload {
    String CONSOLE = "rrweb/console@1";
    String NETWORK = "rrweb/network@1";

    /**
     * A console call. {@code payload} holds one string per argument as the plugin stringified it
     * (strings arrive JSON-quoted). Mobile SDKs send a single string, which becomes a one-item list.
     */
    record ConsoleLog(String level, List<String> trace, List<String> payload) implements PluginPayload {}

    /** Requests as the network plugin captured them; each request is kept as its JSON object. */
    record NetworkCapture(List<JsonNode> requests, boolean isInitial) implements PluginPayload {}

    /** Any other plugin's payload, kept as it was. */
    record Other(JsonNode payload) implements PluginPayload {}
}
