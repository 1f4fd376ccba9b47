package dev.phreplay.ui.redact;

import dev.phreplay.redact.Tally;
import java.nio.file.Path;

/** The core work the dialog runs off the FX thread: count what the rules remove, or write the redacted copy. */
public interface RedactionService {
    /** @param rules a rules file, or null for the default rules */
    Tally preview(Path input, Path rules) throws Exception;

    /** Writes the redacted package to {@code output} (and the report, when {@code report} is not null). */
    Tally write(Path input, Path rules, Path output, Path report) throws Exception;
}
