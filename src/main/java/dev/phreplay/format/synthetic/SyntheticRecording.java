package dev.phreplay.format.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.phreplay.event.Json;
import dev.phreplay.format.Manifest;
import dev.phreplay.format.PackageWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a long, heavy, realistic recording straight into a package, event by event (nothing
 * is held): a full snapshot of a few thousand nodes, mouse moves, clicks, inputs and scrolls,
 * mutations that add, remove and change nodes with valid ids, console and network plugin events,
 * inactivity gaps of 20–40 s, and a second full snapshot half-way. Deterministic for its options.
 */
public final class SyntheticRecording {
    public static final String WINDOW = "synthetic-window";
    static final int TICK_MS = 100;
    static final int SECTIONS = 50;
    static final String[] LEVELS = {"log", "info", "warn", "log", "error"};

    private final SyntheticOptions options;
    private final SplittableRandom random;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 12);
    private PackageWriter writer;
    private SyntheticDom dom;
    private final SyntheticDom.IntList added = new SyntheticDom.IntList();
    private final SyntheticDom.IntList addedParents = new SyntheticDom.IntList();
    private long written;
    private long mutationsWritten;
    private long mutationBytes;
    private int pointerX = 400;
    private int pointerY = 300;
    private int scrollY;

    private SyntheticRecording(SyntheticOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    /** Writes the recording as a package at {@code out}; {@code progress} hears about each minute. */
    public static Manifest write(SyntheticOptions options, Path out, Consumer<String> progress) throws IOException {
        return new SyntheticRecording(options).run(out, progress);
    }

    private Manifest run(Path out, Consumer<String> progress) throws IOException {
        long duration = options.minutes() * 60_000L;
        long start = SyntheticOptions.START;
        try (PackageWriter packageWriter = PackageWriter.create(out)) {
            writer = packageWriter;
            writer.beginWindow(WINDOW);
            snapshot(start);
            long ticks = duration / TICK_MS;
            long activeTicks = ticks - gapTicks(ticks);
            long activeDone = 0;
            boolean secondSnapshot = false;
            for (long tick = 1; tick < ticks; tick++) {
                long time = start + tick * TICK_MS;
                if (!secondSnapshot && tick >= ticks / 2) {
                    snapshot(time);
                    secondSnapshot = true;
                    continue;
                }
                if (inGap(tick)) {
                    continue;
                }
                tick(tick, time, activeTicks - activeDone);
                activeDone++;
                if (tick % (60_000 / TICK_MS) == 0) {
                    progress.accept("minute " + tick * TICK_MS / 60_000 + " of " + options.minutes() + ": "
                            + mutationsWritten + " mutations, " + written / (1024 * 1024) + " MB of events");
                }
            }
            event(start + duration, json -> mouseMove(json, 0));
            writer.endWindow();
            return writer.finish("synthetic-" + options.seed(), "file", null);
        }
    }

    /** Every 6 minutes, from minute 3, a pause of 20–40 s with no events: inactivity to skip. */
    private boolean inGap(long tick) {
        long period = 6 * 60_000 / TICK_MS;
        long offset = tick % period;
        long gapStart = 3 * 60_000 / TICK_MS;
        long gapLength = (200 + (tick / period * 37) % 200);
        return tick >= period / 2 && offset >= gapStart && offset < gapStart + gapLength;
    }

    private long gapTicks(long ticks) {
        long count = 0;
        for (long tick = 1; tick < ticks; tick++) {
            count += inGap(tick) ? 1 : 0;
        }
        return count;
    }

    private void snapshot(long time) throws IOException {
        SyntheticDom page = new SyntheticDom(random, 1);
        added.clearAll();
        addedParents.clearAll();
        event(time, json -> {
            json.writeNumberField("type", 4);
            json.writeObjectFieldStart("data");
            json.writeStringField("href", "https://app.example.com/dashboard?view=" + (time % 7));
            json.writeNumberField("width", 1440);
            json.writeNumberField("height", 900);
            json.writeEndObject();
        });
        event(time, json -> {
            json.writeNumberField("type", 2);
            json.writeFieldName("data");
            page.writeSnapshot(json, SECTIONS);
        });
        dom = page;
    }

    private void tick(long tick, long time, long activeTicksLeft) throws IOException {
        long ms = tick * TICK_MS;
        if (ms % 500 == 0) {
            event(time, json -> mouseMove(json, 5));
        }
        if (ms % 3_000 == 0 && random.nextInt(3) == 0) {
            event(time + 1, this::scroll);
        }
        if (ms % 8_000 == 0) {
            int target = dom.buttons.random(random);
            for (int kind : new int[] {1, 0, 2}) {
                event(time + 2, json -> mouseInteraction(json, kind, target));
            }
        }
        if (ms % 20_000 == 0) {
            event(time + 3, this::input);
        }
        if (ms == 10 * 60_000L) {
            event(time + 3, this::resize);
        }
        if (ms % 15_000 == 0) {
            event(time + 4, this::console);
        }
        if (ms % 12_000 == 0) {
            event(time + 5, this::network);
        }
        long count = mutationsThisTick(activeTicksLeft);
        for (long i = 0; i < count; i++) {
            long before = written;
            event(time + 6 + Math.min(90, i), this::mutation);
            mutationBytes += written - before;
            mutationsWritten++;
        }
    }

    /** Spreads the mutations left over the ticks left, raised to reach the requested size. */
    private long mutationsThisTick(long activeTicksLeft) {
        long wanted = options.mutations() - mutationsWritten;
        if (options.sizeMb() > 0) {
            long average = mutationsWritten == 0 ? 300 : Math.max(1, mutationBytes / mutationsWritten);
            long bytesLeft = options.sizeMb() * 1024L * 1024L - written;
            wanted = Math.max(wanted, bytesLeft / average);
        }
        if (wanted <= 0 || activeTicksLeft <= 0) {
            return 0;
        }
        long base = wanted / activeTicksLeft;
        long remainder = wanted % activeTicksLeft;
        return base + (random.nextLong(activeTicksLeft) < remainder ? 1 : 0);
    }

    private void mouseMove(JsonGenerator json, int positions) throws IOException {
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 1);
        json.writeArrayFieldStart("positions");
        for (int p = 0; p < positions; p++) {
            pointerX = Math.clamp(pointerX + random.nextInt(-30, 31), 0, 1439);
            pointerY = Math.clamp(pointerY + random.nextInt(-20, 21), 0, 899);
            json.writeStartObject();
            json.writeNumberField("x", pointerX);
            json.writeNumberField("y", pointerY);
            json.writeNumberField("id", dom.elements.random(random));
            json.writeNumberField("timeOffset", -400 + p * 100);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void scroll(JsonGenerator json) throws IOException {
        scrollY = Math.clamp(scrollY + random.nextInt(-400, 600), 0, 20_000);
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 3);
        json.writeNumberField("id", 1);
        json.writeNumberField("x", 0);
        json.writeNumberField("y", scrollY);
        json.writeEndObject();
    }

    private void mouseInteraction(JsonGenerator json, int kind, int target) throws IOException {
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 2);
        json.writeNumberField("type", kind);
        json.writeNumberField("id", target);
        json.writeNumberField("x", pointerX);
        json.writeNumberField("y", pointerY);
        json.writeEndObject();
    }

    private void input(JsonGenerator json) throws IOException {
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 5);
        json.writeStringField("text", "query " + random.nextInt(1000));
        json.writeBooleanField("isChecked", false);
        json.writeNumberField("id", dom.inputs.random(random));
        json.writeEndObject();
    }

    private void resize(JsonGenerator json) throws IOException {
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 4);
        json.writeNumberField("width", 1280);
        json.writeNumberField("height", 800);
        json.writeEndObject();
    }

    private void console(JsonGenerator json) throws IOException {
        String level = LEVELS[random.nextInt(LEVELS.length)];
        json.writeNumberField("type", 6);
        json.writeObjectFieldStart("data");
        json.writeStringField("plugin", "rrweb/console@1");
        json.writeObjectFieldStart("payload");
        json.writeStringField("level", level);
        json.writeArrayFieldStart("trace");
        json.writeString("https://app.example.com/static/app.js:" + random.nextInt(1, 5000) + ":" + random.nextInt(1, 80));
        json.writeEndArray();
        json.writeArrayFieldStart("payload");
        json.writeString(level.equals("error") ? "\"TypeError: cannot read properties of undefined (reading 'id')\""
                : "\"refreshed panel " + random.nextInt(SECTIONS) + "\"");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void network(JsonGenerator json) throws IOException {
        json.writeNumberField("type", 6);
        json.writeObjectFieldStart("data");
        json.writeStringField("plugin", "rrweb/network@1");
        json.writeObjectFieldStart("payload");
        json.writeArrayFieldStart("requests");
        int requests = random.nextInt(1, 5);
        for (int r = 0; r < requests; r++) {
            json.writeStartObject();
            json.writeStringField("name", "https://api.example.com/v1/metrics/" + random.nextInt(SECTIONS) + "?r=" + random.nextInt(1000));
            json.writeStringField("entryType", "resource");
            json.writeStringField("initiatorType", r % 2 == 0 ? "fetch" : "xmlhttprequest");
            json.writeStringField("method", r % 3 == 0 ? "POST" : "GET");
            json.writeNumberField("startTime", random.nextInt(100_000));
            json.writeNumberField("duration", random.nextInt(20, 900));
            json.writeNumberField("responseStatus", random.nextInt(20) == 0 ? 500 : 200);
            json.writeNumberField("transferSize", random.nextInt(300, 40_000));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("isInitial", false);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** One Mutation event of 1–3 operations: add a card, remove an added one, restyle, or change a text. */
    private void mutation(JsonGenerator json) throws IOException {
        json.writeNumberField("type", 3);
        json.writeObjectFieldStart("data");
        json.writeNumberField("source", 0);
        int operations = random.nextInt(1, 4);
        int adds = 0;
        int removes = 0;
        int attributes = 0;
        int texts = 0;
        for (int i = 0; i < operations; i++) {
            int roll = random.nextInt(10);
            if (roll < 4) {
                adds++;
            } else if (roll < 7) {
                removes++;
            } else if (roll < 9) {
                attributes++;
            } else {
                texts++;
            }
        }
        if (options.maxAdded() > 0 && added.size() + adds - removes > options.maxAdded()) {
            removes = Math.max(removes, adds);
        }
        removes = Math.min(removes, added.size());
        json.writeArrayFieldStart("texts");
        for (int i = 0; i < texts; i++) {
            json.writeStartObject();
            json.writeNumberField("id", dom.texts.random(random));
            json.writeStringField("value", "Metric value " + random.nextInt(100_000));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("attributes");
        for (int i = 0; i < attributes; i++) {
            json.writeStartObject();
            json.writeNumberField("id", dom.elements.random(random));
            json.writeObjectFieldStart("attributes");
            json.writeStringField("class", random.nextBoolean() ? "card active" : "card");
            json.writeStringField("style", random.nextBoolean() ? null : "opacity: 0." + random.nextInt(10));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removes");
        for (int i = 0; i < removes; i++) {
            int index = random.nextInt(added.size());
            int parent = addedParents.removeAt(index);
            int id = added.removeAt(index);
            json.writeStartObject();
            json.writeNumberField("parentId", parent);
            json.writeNumberField("id", id);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("adds");
        for (int i = 0; i < adds; i++) {
            int parent = dom.containers.random(random);
            int element = dom.newId();
            int text = dom.newId();
            json.writeStartObject();
            json.writeNumberField("parentId", parent);
            json.writeNullField("nextId");
            json.writeObjectFieldStart("node");
            json.writeNumberField("type", 2);
            json.writeStringField("tagName", "div");
            json.writeObjectFieldStart("attributes");
            json.writeStringField("class", "card toast");
            json.writeStringField("data-row", Integer.toString(random.nextInt(10_000)));
            json.writeEndObject();
            json.writeArrayFieldStart("childNodes");
            json.writeEndArray();
            json.writeNumberField("id", element);
            json.writeEndObject();
            json.writeEndObject();
            json.writeStartObject();
            json.writeNumberField("parentId", element);
            json.writeNullField("nextId");
            json.writeObjectFieldStart("node");
            json.writeNumberField("type", 3);
            json.writeStringField("textContent", "Notification " + element + ": job " + random.nextInt(1_000_000) + " finished");
            json.writeNumberField("id", text);
            json.writeEndObject();
            json.writeEndObject();
            added.add(element);
            addedParents.add(parent);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private void event(long time, Body body) throws IOException {
        buffer.reset();
        try (JsonGenerator json = Json.factory().createGenerator(buffer)) {
            json.writeStartObject();
            body.write(json);
            json.writeNumberField("timestamp", time);
            json.writeEndObject();
        }
        byte[] bytes = buffer.toByteArray();
        writer.append(bytes);
        written += bytes.length + 1;
    }
}
