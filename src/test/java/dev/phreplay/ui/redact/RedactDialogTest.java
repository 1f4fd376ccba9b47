package dev.phreplay.ui.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.phreplay.redact.PlantedRecordings;
import dev.phreplay.redact.Tally;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import dev.phreplay.ui.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless (JavaFX Headless platform via TestFX; controls are fired on the FX thread). The dialog shows the counts before anything is written, then writes where the user chose. */
class RedactDialogTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    /** The core redaction over the planted-secrets recording; writes the redacted events as a file. */
    private static final RedactionService PLANTED = new RedactionService() {
        @Override
        public Tally preview(Path input, Path rules) throws Exception {
            return PlantedRecordings.preview(rules == null ? null : Files.readAllBytes(rules));
        }

        @Override
        public Tally write(Path input, Path rules, Path output, Path report) throws Exception {
            PlantedRecordings.Written written = PlantedRecordings.write(rules == null ? null : Files.readAllBytes(rules));
            Files.writeString(output, written.text());
            if (report != null) {
                Files.writeString(report, "{\"totalRemoved\":" + written.tally().total() + "}");
            }
            return written.tally();
        }
    };

    @Test
    void showsTheCountsPerRuleThenExportsWhereTheUserChose() throws Exception {
        Path rules = folder.resolve("rules.json");
        Files.writeString(rules, PlantedRecordings.RULES);
        Path output = folder.resolve("out.phreplay");
        RedactDialog.Chooser chooser = new RedactDialog.Chooser() {
            @Override
            public Path rulesFile(Window owner) {
                return rules;
            }

            @Override
            public Path outputFile(Window owner, Path input) {
                return output;
            }
        };
        RedactDialog dialog = call(() -> RedactDialog.show(null, Path.of("session.phreplay"), PLANTED, RedactDialog.backgroundExecutor(), chooser));
        waitUntil("the default-rules preview", () -> dialog.model().previewedProperty().get());
        long defaultTotal = call(() -> dialog.model().totalProperty().get());
        assertTrue(defaultTotal > 0);
        assertFalse(call(() -> dialog.model().rows().stream().anyMatch(r -> r.rule().equals("networkBody"))),
                "the default rules have no body rule");
        assertFalse(Files.exists(output), "a preview writes nothing");

        run(() -> button(dialog, "#redact-choose-rules").fire());
        waitUntil("the preview with the chosen rules", () -> dialog.model().previewedProperty().get()
                && dialog.model().rows().stream().anyMatch(r -> r.rule().equals("networkBody")));
        assertEquals("Rules: rules.json", call(() -> ((Label) dialog.stage().getScene().lookup("#redact-rules")).getText()));
        @SuppressWarnings("unchecked")
        TableView<RuleRow> table = call(() -> (TableView<RuleRow>) dialog.stage().getScene().lookup("#redact-counts"));
        List<RuleRow> rows = call(() -> List.copyOf(table.getItems()));
        RuleRow bodies = rows.stream().filter(r -> r.rule().equals("networkBody")).findFirst().orElseThrow();
        assertEquals(3, bodies.count());
        assertEquals("network bodies dropped or masked", bodies.description());
        String status = call(() -> ((Label) dialog.stage().getScene().lookup("#redact-status")).getText());
        assertEquals("These rules remove " + rows.stream().mapToLong(RuleRow::count).sum() + " occurrences.", status);

        run(() -> button(dialog, "#redact-export").fire());
        waitUntil("the copy is written", () -> dialog.model().writtenProperty().get() != null);
        String written = Files.readString(output, StandardCharsets.UTF_8);
        assertFalse(written.contains(PlantedRecordings.EMAIL));
        assertTrue(Files.exists(RedactDialog.reportPath(output)));
        assertEquals(folder.resolve("out.redaction-report.json"), RedactDialog.reportPath(output));
        run(() -> dialog.stage().close());
    }

    @Test
    void withTheCoreServiceTheExportIsAValidRedactedPackage() throws Exception {
        Path input = PlantedRecordings.writeExport(folder);
        Path output = folder.resolve("export.phreplay");
        RedactDialog.Chooser chooser = new RedactDialog.Chooser() {
            @Override
            public Path rulesFile(Window owner) {
                return null;
            }

            @Override
            public Path outputFile(Window owner, Path in) {
                return output;
            }
        };
        RedactDialog dialog = call(() -> RedactDialog.show(null, input, new CoreRedactionService(), RedactDialog.backgroundExecutor(), chooser));
        waitUntil("the preview", () -> dialog.model().previewedProperty().get() || dialog.model().statusProperty().get().startsWith("Failed"));
        assertTrue(call(() -> dialog.model().previewedProperty().get()), () -> call(() -> dialog.model().statusProperty().get()));
        assertTrue(call(() -> dialog.model().rows().stream().anyMatch(r -> r.rule().equals("maskInput") && r.count() > 0)));
        assertFalse(Files.exists(output));
        run(() -> button(dialog, "#redact-export").fire());
        waitUntil("the export", () -> dialog.model().writtenProperty().get() != null || dialog.model().statusProperty().get().startsWith("Failed"));
        assertEquals(output, call(() -> dialog.model().writtenProperty().get()), () -> call(() -> dialog.model().statusProperty().get()));
        assertTrue(dev.phreplay.format.Validation.check(output, dev.phreplay.format.Limits.defaults()).valid());
        assertTrue(Files.exists(RedactDialog.reportPath(output)));
        run(() -> dialog.stage().close());
    }

    @Test
    void aFailureIsShownAndNothingIsExported() {
        RedactionService failing = new RedactionService() {
            @Override
            public Tally preview(Path input, Path rules) {
                throw new IllegalStateException("session.phreplay: not a recording");
            }

            @Override
            public Tally write(Path input, Path rules, Path output, Path report) {
                throw new AssertionError("must not write");
            }
        };
        RedactDialog dialog = call(() -> RedactDialog.show(null, Path.of("session.phreplay"), failing, Runnable::run, null));
        waitUntil("the failure is shown", () -> dialog.model().statusProperty().get().startsWith("Failed"));
        assertEquals("Failed: session.phreplay: not a recording", call(() -> dialog.model().statusProperty().get()));
        assertTrue(call(() -> button(dialog, "#redact-export").isDisabled()));
        run(() -> dialog.stage().close());
    }

    private static Button button(RedactDialog dialog, String id) {
        return (Button) dialog.stage().getScene().lookup(id);
    }

    private static <T> T call(Callable<T> work) {
        return Fx.call(work);
    }

    private static void run(Runnable work) {
        Fx.run(work);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Fx.waitUntil(what, Duration.ofSeconds(60), condition);
    }
}
