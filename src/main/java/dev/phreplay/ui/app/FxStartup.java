package dev.phreplay.ui.app;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once; without a display it starts JavaFX's own headless platform. */
public final class FxStartup {
    private static boolean started;

    private FxStartup() {}

    /** True when windows can be shown: a desktop OS, or X11/Wayland on Linux. */
    public static boolean displayAvailable() {
        if (System.getProperty("glass.platform", "").equalsIgnoreCase("Headless")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("win")) {
            return !GraphicsEnvironment.isHeadless();
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** Starts the toolkit if needed; {@code headless} forces the headless platform when not yet started. */
    public static synchronized void start(boolean headless) {
        if (started) {
            return;
        }
        if (headless) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Thread.setDefaultUncaughtExceptionHandler(FxStartup::logUncaught);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        try {
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not start within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        started = true;
    }

    /**
     * A failure on a toolkit thread goes to the log, with one line on stderr: the user never sees a
     * stack trace. JavaFX's render jobs refused while the toolkit shuts down are only logged.
     */
    static void logUncaught(Thread thread, Throwable failure) {
        Path log = PlayerLog.write("uncaught on thread " + thread.getName(), failure);
        if (!(failure instanceof RejectedExecutionException)) {
            System.err.println("phreplay: unexpected error on thread " + thread.getName() + ": " + failure
                    + " (details: " + log + ")");
        }
    }
}
