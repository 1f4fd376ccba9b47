package dev.phreplay.robust;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.cli.Cli;
import dev.phreplay.dom.Mirror;
import dev.phreplay.dom.MirrorInvariants;
import dev.phreplay.event.EventCursor;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.format.Finding;
import dev.phreplay.format.Limits;
import dev.phreplay.format.OpenedRecording;
import dev.phreplay.format.PackageValidator;
import dev.phreplay.format.RecordingException;
import dev.phreplay.format.Recordings;
import dev.phreplay.format.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,050 hostile variants of the sample packages (seeded, so every run builds the same ones). Each
 * must end with a valid report or with findings, and opening and decoding it may only fail with
 * the project's typed errors, within a bound. The valid ones are decoded event by event.
 */
class HostilePackagesTest {
    static final long SEED = 20261129L;
    static final int COUNT = 1_050;
    /** Generous: the machine may be loaded; a variant normally takes milliseconds. */
    static final long TIMEOUT_SECONDS = 30;

    @TempDir
    static Path folder;
    static final List<Path> files = new ArrayList<>();
    static ExecutorService executor;
    /** Each variant's verdict, from whichever test validated it first. */
    static final java.util.Map<Path, Boolean> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        List<Path> samples;
        try (Stream<Path> listing = Files.list(Path.of("sample-packages"))) {
            samples = listing.filter(p -> p.toString().endsWith(".phreplay")).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "sample-packages/ holds the packages to damage");
        HostileVariants.write(folder, new HostileVariants(SEED, samples).generate(COUNT), files);
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hostile-variant");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyVariantEndsValidOrWithFindingsAndOnlyTypedErrors() throws Exception {
        List<String> failures = new ArrayList<>();
        int valid = 0;
        int decoded = 0;
        for (Path file : files) {
            Future<Result> result = executor.submit(() -> check(file));
            try {
                Result outcome = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                valid += outcome.valid ? 1 : 0;
                decoded += outcome.decoded;
            } catch (TimeoutException e) {
                result.cancel(true);
                fail(file.getFileName() + " did not finish within " + TIMEOUT_SECONDS + " s");
            } catch (ExecutionException e) {
                failures.add(file.getFileName() + ": " + describe(e.getCause()));
            }
        }
        System.out.printf("hostile variants: %d, valid: %d, events decoded and applied: %d%n", files.size(), valid, decoded);
        assertEquals(List.of(), failures, failures.size() + " variant(s) escaped with an untyped error");
        assertTrue(files.size() >= 1_000, "at least 1,000 variants");
        // The resealed variants that stay valid carry the damage to the decoder: some must exist.
        assertTrue(valid >= 50, "only " + valid + " valid variants; the damage never reached the event decoder");
        assertTrue(decoded > 10_000, "events decoded: " + decoded);
    }

    @Test
    void validateReportsEveryVariantAndCarriesOn() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("validate"), files.stream().map(Path::toString)).toArray(String[]::new);
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(1, exit, err.toString());
        String printed = out.toString();
        for (Path file : files) {
            assertTrue(printed.contains(file + ": valid") || printed.contains(file + ": INVALID"), "no verdict for " + file);
        }
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void domDumpsValidVariants() throws Exception {
        List<String> failures = new ArrayList<>();
        int dumped = 0;
        int validSeen = 0;
        for (Path file : files) {
            // Every valid variant went through a mirror in the first test; one in three also through the command.
            if (!valid(file) || validSeen++ % 3 != 0) {
                continue;
            }
            Path dump = file.resolveSibling(file.getFileName() + ".dom.json");
            StringWriter err = new StringWriter();
            Future<Integer> exit = executor.submit(() -> Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "dom", "--at", "0,5000,100000000", "-o", dump.toString(), file.toString()));
            int code = exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (code == 0) {
                dumped++;
            }
            // The validator checks each event's type and timestamp only; an event whose data the decoder
            // refuses is refused by dom too: exit 1, naming the file, window and event.
            boolean refusedClearly = code == 1 && err.toString().contains(file.toString()) && err.toString().contains("event ");
            if ((code != 0 || !Files.exists(dump)) && !refusedClearly || err.toString().contains("\tat ")) {
                failures.add(file.getFileName() + ": exit " + code + ": " + err);
            }
        }
        System.out.printf("dom: %d valid variants dumped%n", dumped);
        assertEquals(List.of(), failures);
        assertTrue(dumped >= 30, "dumped only " + dumped);
    }

    @Test
    void dataBeforeTheFirstEntryIsNotAPackage() throws Exception {
        // ZIP readers skip such data (self-extractors), but the reader detects packages by their first
        // bytes: validate said "valid" for files that could not be opened.
        byte[] sample = Files.readAllBytes(Path.of("sample-packages/export-v2.phreplay"));
        Path prefixed = folder.resolve("prefixed.phreplay");
        Files.write(prefixed, java.nio.ByteBuffer.allocate(sample.length + 3).put("{}\n".getBytes()).put(sample).array());
        ValidationReport report = new PackageValidator(Limits.defaults()).check(prefixed);
        assertEquals(List.of("zip.invalid"), report.findings().stream().map(Finding::code).toList());
        assertThrows(RecordingException.class, () -> Recordings.open(prefixed).close());
    }

    private static boolean valid(Path file) throws IOException {
        Boolean known = verdicts.get(file);
        return known != null ? known : new PackageValidator(Limits.defaults()).check(file).valid();
    }

    private record Result(boolean valid, int decoded) {}

    /** Validates, then opens and decodes every event; returns normally or with a typed error. */
    private static Result check(Path file) throws Exception {
        ValidationReport report = new PackageValidator(Limits.defaults()).check(file);
        verdicts.put(file, report.valid());
        assertTrue(report.valid() || report.errorCount() > 0);
        for (Finding finding : report.findings()) {
            assertNotNull(finding.code(), file.toString());
            assertFalse(finding.message() == null || finding.message().isBlank(), file + ": " + finding);
        }
        int decoded = 0;
        try (OpenedRecording recording = Recordings.open(file)) {
            for (String window : recording.windowIds()) {
                decoded += decodeAll(recording, window, report.valid());
            }
        } catch (RecordingException e) {
            readable(e);
            assertFalse(report.valid(), "a valid package must open: " + e.getMessage());
        }
        return new Result(report.valid(), decoded);
    }

    /** Decodes every event of the window and applies it to a mirror, whose invariants must hold after each. */
    private static int decodeAll(OpenedRecording recording, String window, boolean valid) throws IOException {
        int decoded = 0;
        Mirror mirror = new Mirror();
        try (EventCursor events = recording.events(window)) {
            while (events.hasNext()) {
                RawEvent event = events.next();
                try {
                    mirror.apply(event.decode());
                    MirrorInvariants.check(mirror);
                    decoded++;
                } catch (EventDecodeException e) {
                    readable(e);
                }
            }
        } catch (UncheckedIOException e) {
            readable(e);
            assertFalse(valid, "a valid package reads to its end: " + e.getMessage());
        } catch (IOException e) {
            readable(e);
            assertFalse(valid, "a valid package reads to its end: " + e.getMessage());
        }
        MirrorInvariants.check(mirror.copy());
        return decoded;
    }

    private static void readable(Exception e) {
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a typed error without a message: " + e);
    }

    private static String describe(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(6, lines.length)));
    }
}
