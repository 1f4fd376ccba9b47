package dev.phreplay.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.event.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The console entries as text, JSON or CSV, for the {@code console} command. */
public final class ConsoleExport {
    private ConsoleExport() {}

    /** One line per entry: offset, level, message (continuation lines indented), repeat count. */
    public static void text(List<ConsoleEntry> entries, Writer out) throws IOException {
        for (ConsoleEntry entry : entries) {
            out.write(Durations.clock(entry.t()));
            out.write("  ");
            out.write(String.format("%-8s ", entry.level()));
            out.write(entry.message().replace("\n", "\n" + " ".repeat(21)));
            if (entry.count() > 1) {
                out.write("  (×" + entry.count() + ")");
            }
            out.write('\n');
        }
        out.flush();
    }

    /** A JSON array; each object has {@code t, timestamp, time, windowId, level, message, args, trace, count, source}. */
    public static void json(List<ConsoleEntry> entries, Writer out) throws IOException {
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (ConsoleEntry entry : entries) {
                json.writeStartObject();
                json.writeNumberField("t", entry.t());
                json.writeNumberField("timestamp", entry.timestamp());
                json.writeStringField("time", Iso.instant(entry.timestamp()));
                json.writeStringField("windowId", entry.windowId());
                json.writeStringField("level", entry.level());
                json.writeStringField("message", entry.message());
                stringArray(json, "args", entry.args());
                stringArray(json, "trace", entry.trace());
                json.writeNumberField("count", entry.count());
                json.writeStringField("source", entry.source().name().toLowerCase(java.util.Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    /** RFC 4180 CSV with a header row: {@code t,time,window,level,count,message,trace}. */
    public static void csv(List<ConsoleEntry> entries, Writer out) throws IOException {
        out.write("t,time,window,level,count,message,trace\r\n");
        for (ConsoleEntry entry : entries) {
            out.write(String.join(",", String.valueOf(entry.t()), Iso.instant(entry.timestamp()), Csv.field(entry.windowId()),
                    Csv.field(entry.level()), String.valueOf(entry.count()), Csv.field(entry.message()),
                    Csv.field(String.join("\n", entry.trace()))));
            out.write("\r\n");
        }
        out.flush();
    }

    static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
