package dev.phreplay.ui.player;

import dev.phreplay.ui.session.PlayClock;
import dev.phreplay.ui.session.TimeRange;
import dev.phreplay.ui.session.TimelineMarker;
import dev.phreplay.ui.session.WindowPlayback;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The transport of one window: position, play/pause, speed, skipping inactivity, steps and jumps.
 * {@link #tick(long)} is called once per animation frame; every change of position applies the
 * events to the playback and then {@code redraw} draws the frame (one script call). FX thread.
 */
public final class PlaybackViewModel {
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0, 16.0);
    /** rrweb skips an inactive period in about five seconds, at most 360x. */
    private static final double SKIP_SECONDS = 5_000;
    private static final double MAX_SKIP_SPEED = 360;

    private final WindowPlayback playback;
    private final Consumer<PlayClock> redraw;
    private final ZoneId zone;
    private final ObservableList<TimelineMarker> markers = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper skipping = new ReadOnlyBooleanWrapper(this, "skipping", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final BooleanProperty skipInactive = new SimpleBooleanProperty(this, "skipInactive", true);
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private long lastNanos = -1;
    /** The rate the clock ran at in the last frame: faster than the speed across an inactive period. */
    private double rate = 1;
    private long shownDuration = -1;

    public PlaybackViewModel(WindowPlayback playback, ZoneId zone, Consumer<PlayClock> redraw) {
        this.playback = playback;
        this.redraw = redraw;
        this.zone = zone;
        playback.whenMarkersReady(list -> onFxThread(() -> markers.setAll(
                list.stream().sorted(Comparator.comparingLong(TimelineMarker::offset)).toList())));
        position.addListener((property, old, now) -> updateTexts());
        updateTexts();
    }

    public WindowPlayback playback() {
        return playback;
    }

    public long duration() {
        return playback.duration();
    }

    /** Sorted by offset; filled when the playback has computed them. */
    public ObservableList<TimelineMarker> markers() {
        return markers;
    }

    private static void onFxThread(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    public List<TimeRange> inactivePeriods() {
        return playback.inactivePeriods();
    }

    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public double position() {
        return position.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty skippingProperty() {
        return skipping.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty skipInactiveProperty() {
        return skipInactive;
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** Shows the first frame. */
    public void start() {
        seek(0);
    }

    public void play() {
        if (position.get() >= duration()) {
            seek(0);
        }
        lastNanos = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
        skipping.set(false);
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    public void setSpeedByIndex(int index) {
        if (index >= 0 && index < SPEEDS.size()) {
            speed.set(SPEEDS.get(index));
        }
    }

    public void seek(double offset) {
        double clamped = Math.max(0, Math.min(duration(), offset));
        playback.seek(target(clamped));
        position.set(clamped);
        lastNanos = -1;
        redraw.accept(clock(true));
    }

    public void step(double deltaMs) {
        seek(position.get() + deltaMs);
    }

    /** Jumps just past the next marker; false when there is none. */
    public boolean nextMarker() {
        double now = position.get();
        for (TimelineMarker marker : markers) {
            if (marker.offset() + 1 > now + 0.5) {
                seek(marker.offset() + 1);
                return true;
            }
        }
        return false;
    }

    public boolean previousMarker() {
        double now = position.get();
        for (int i = markers.size() - 1; i >= 0; i--) {
            if (markers.get(i).offset() + 1 < now - 0.5) {
                seek(markers.get(i).offset() + 1);
                return true;
            }
        }
        return false;
    }

    /** Advances the clock to {@code nanos} (an AnimationTimer timestamp) while playing. */
    public void tick(long nanos) {
        if (!isPlaying()) {
            return;
        }
        if (lastNanos < 0) {
            lastNanos = nanos;
            return;
        }
        double elapsed = (nanos - lastNanos) / 1e6;
        lastNanos = nanos;
        advance(elapsed);
    }

    /** Plays {@code elapsedMs} of wall time at the current speed (skipping inactivity when on). */
    void advance(double elapsedMs) {
        double now = position.get();
        TimeRange inactive = skipInactive.get() ? inactiveAt(now) : null;
        skipping.set(inactive != null);
        rate = speed.get();
        double next;
        if (inactive != null) {
            rate = Math.max(rate, Math.min(MAX_SKIP_SPEED, Math.max(1, Math.round(inactive.length() / SKIP_SECONDS))));
            next = Math.min(inactive.end(), now + elapsedMs * rate);
        } else {
            next = now + elapsedMs * rate;
        }
        if (next >= duration()) {
            next = duration();
            // while the window is still being read its end moves on: keep playing into it
            if (playback.loadedFraction() >= 1) {
                playing.set(false);
                skipping.set(false);
            }
        }
        playback.advanceTo(target(next));
        position.set(next);
        redraw.accept(clock(false));
    }

    /** The clock at the current position; {@code seeked} when a seek brought it there. */
    public PlayClock clock(boolean seeked) {
        double clockRate = skipping.get() ? rate : speed.get();
        return new PlayClock(playback.startTimestamp() + (long) position.get(), clockRate, isPlaying(), seeked);
    }

    private TimeRange inactiveAt(double offset) {
        for (TimeRange range : playback.inactivePeriods()) {
            if (range.contains(offset)) {
                return range;
            }
        }
        return null;
    }

    /** At the end, the last event must be applied too (events strictly before the target are). */
    private long target(double offset) {
        return offset >= duration() ? duration() + 1 : (long) Math.ceil(offset);
    }

    /** A window still being read grows: the total time follows it. */
    public void refreshLength() {
        if (duration() != shownDuration) {
            updateTexts();
        }
    }

    private void updateTexts() {
        shownDuration = duration();
        double now = position.get();
        timeText.set(TimeFormat.offset(now) + " / " + TimeFormat.offset(duration()));
        long start = playback.startTimestamp();
        long at = start + (long) now;
        clockText.set(TimeFormat.dateTime(at, zone) + " – " + TimeFormat.time(start + duration(), zone) + "  "
                + TimeFormat.zone(zone, at));
    }
}
