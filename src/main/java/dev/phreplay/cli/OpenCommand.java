package dev.phreplay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "open", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open the player, with FILE if given (a .phreplay package or any PostHog/rrweb export).",
            "When a player is already running, FILE opens in it."})
public final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The recording to open.")
    Path file;

    @Override
    public Integer call() {
        return PlayerLauncher.open(file, spec.commandLine().getErr());
    }
}
