package dev.phreplay.ui.redact;

import dev.phreplay.redact.RedactCopy;
import dev.phreplay.redact.Tally;
import java.nio.file.Path;

/** The dialog's work done by the core: {@link RedactCopy} opens the input, redacts, writes and validates. */
final class CoreRedactionService implements RedactionService {
    @Override
    public Tally preview(Path input, Path rules) throws Exception {
        return RedactCopy.preview(input, RedactCopy.rules(rules));
    }

    @Override
    public Tally write(Path input, Path rules, Path output, Path report) throws Exception {
        return RedactCopy.write(input, RedactCopy.rules(rules), output, report).tally();
    }
}
