package dev.phreplay.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Runs test code on the FX thread (WebEngine and scene graph are FX-thread only). */
public final class Fx {
    private Fx() {}

    public static void start() {
        try {
            FxToolkit.registerPrimaryStage();
            Platform.setImplicitExit(false);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds; fails after {@code timeout}. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        waitUntil(what, timeout, condition, () -> "");
    }

    /** As above; {@code state} describes what was seen when it times out. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition,
                                 java.util.function.Supplier<String> state) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what + " " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /**
     * What {@code value} gives in each of the next {@code pulses} pulses, read by an animation timer
     * (before the pulse lays out and draws). Call on the FX thread, at the end of the work whose
     * frame is watched: the first pulse is the one that draws it.
     */
    public static <T> CompletableFuture<List<T>> inTheNextPulses(int pulses, Supplier<T> value) {
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        List<T> seen = new ArrayList<>();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                seen.add(value.get());
                if (seen.size() == pulses) {
                    stop();
                    result.complete(seen);
                }
            }
        }.start();
        return result;
    }
}
