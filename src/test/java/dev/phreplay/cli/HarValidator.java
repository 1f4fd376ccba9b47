package dev.phreplay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a document against the structure of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/):
 * required fields, their JSON types, ISO 8601 dates, page references, and the timing rules
 * (send/wait/receive required and non-negative, optional phases -1 or more, time = sum of the known phases).
 * Returns the problems found; an empty list means valid.
 */
final class HarValidator {
    private final List<String> problems = new ArrayList<>();

    static List<String> validate(JsonNode har) {
        HarValidator validator = new HarValidator();
        validator.root(har);
        return validator.problems;
    }

    private void root(JsonNode har) {
        JsonNode log = object(har, "log", "");
        if (log == null) {
            return;
        }
        string(log, "version", "log.");
        JsonNode creator = object(log, "creator", "log.");
        if (creator != null) {
            string(creator, "name", "log.creator.");
            string(creator, "version", "log.creator.");
        }
        Set<String> pageIds = new HashSet<>();
        JsonNode pages = log.get("pages");
        if (pages != null) {
            if (!pages.isArray()) {
                problems.add("log.pages must be an array");
            } else {
                for (int i = 0; i < pages.size(); i++) {
                    String at = "log.pages[" + i + "].";
                    date(pages.get(i), "startedDateTime", at);
                    pageIds.add(string(pages.get(i), "id", at));
                    string(pages.get(i), "title", at);
                    JsonNode timings = object(pages.get(i), "pageTimings", at);
                    if (timings != null) {
                        optionalNumber(timings, "onContentLoad", at + "pageTimings.");
                        optionalNumber(timings, "onLoad", at + "pageTimings.");
                    }
                }
            }
        }
        JsonNode entries = array(log, "entries", "log.");
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                entry(entries.get(i), "log.entries[" + i + "].", pageIds);
            }
        }
    }

    private void entry(JsonNode entry, String at, Set<String> pageIds) {
        if (entry.has("pageref")) {
            String ref = string(entry, "pageref", at);
            if (ref != null && !pageIds.contains(ref)) {
                problems.add(at + "pageref '" + ref + "' names no page");
            }
        }
        date(entry, "startedDateTime", at);
        Double time = number(entry, "time", at);
        request(object(entry, "request", at), at + "request.");
        response(object(entry, "response", at), at + "response.");
        object(entry, "cache", at);
        JsonNode timings = object(entry, "timings", at);
        if (timings != null && time != null) {
            double sum = 0;
            for (String phase : List.of("send", "wait", "receive")) {
                Double value = number(timings, phase, at + "timings.");
                if (value != null && value < 0) {
                    problems.add(at + "timings." + phase + " must not be negative");
                }
                sum += value == null ? 0 : value;
            }
            for (String phase : List.of("blocked", "dns", "connect", "ssl")) {
                Double value = optionalNumber(timings, phase, at + "timings.");
                if (value != null && value < -1) {
                    problems.add(at + "timings." + phase + " must be -1 or more");
                }
                if (value != null && value > 0 && !phase.equals("ssl")) {
                    sum += value;
                }
            }
            if (Math.abs(sum - time) > 0.01) {
                problems.add(at + "time " + time + " is not the sum of the timings " + sum);
            }
        }
    }

    private void request(JsonNode request, String at) {
        if (request == null) {
            return;
        }
        string(request, "method", at);
        string(request, "url", at);
        string(request, "httpVersion", at);
        nameValues(request, "cookies", at);
        nameValues(request, "headers", at);
        nameValues(request, "queryString", at);
        if (request.has("postData")) {
            JsonNode post = object(request, "postData", at);
            if (post != null) {
                string(post, "mimeType", at + "postData.");
                if (post.has("text")) {
                    string(post, "text", at + "postData.");
                }
            }
        }
        number(request, "headersSize", at);
        number(request, "bodySize", at);
    }

    private void response(JsonNode response, String at) {
        if (response == null) {
            return;
        }
        number(response, "status", at);
        string(response, "statusText", at);
        string(response, "httpVersion", at);
        nameValues(response, "cookies", at);
        nameValues(response, "headers", at);
        JsonNode content = object(response, "content", at);
        if (content != null) {
            number(content, "size", at + "content.");
            string(content, "mimeType", at + "content.");
            if (content.has("text")) {
                string(content, "text", at + "content.");
            }
        }
        string(response, "redirectURL", at);
        number(response, "headersSize", at);
        number(response, "bodySize", at);
    }

    private void nameValues(JsonNode parent, String field, String at) {
        JsonNode items = array(parent, field, at);
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String itemAt = at + field + "[" + i + "].";
            string(items.get(i), "name", itemAt);
            string(items.get(i), "value", itemAt);
        }
    }

    private JsonNode object(JsonNode parent, String field, String at) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || !value.isObject()) {
            problems.add(at + field + " must be an object");
            return null;
        }
        return value;
    }

    private JsonNode array(JsonNode parent, String field, String at) {
        JsonNode value = parent.get(field);
        if (value == null || !value.isArray()) {
            problems.add(at + field + " must be an array");
            return null;
        }
        return value;
    }

    private String string(JsonNode parent, String field, String at) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || !value.isTextual()) {
            problems.add(at + field + " must be a string");
            return null;
        }
        return value.textValue();
    }

    private Double number(JsonNode parent, String field, String at) {
        JsonNode value = parent.get(field);
        if (value == null || !value.isNumber()) {
            problems.add(at + field + " must be a number");
            return null;
        }
        return value.doubleValue();
    }

    private Double optionalNumber(JsonNode parent, String field, String at) {
        return parent.has(field) ? number(parent, field, at) : null;
    }

    private void date(JsonNode parent, String field, String at) {
        String text = string(parent, field, at);
        if (text != null) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(at + field + " is not an ISO 8601 date: " + text);
            }
        }
    }
}
