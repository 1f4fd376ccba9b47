package dev.phreplay.ui.player;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Play/pause, steps, jumps, speed, skip-inactivity, the scrubber and the time labels. */
public final class TransportBar extends VBox {
    private final TimelineBar timeline = new TimelineBar();
    private final Button play = button("▶", "play", "Play / pause (Space, K)");
    private final Button back10 = button("«10", "back-10", "Back 10 s (Shift+←, J)");
    private final Button back1 = button("‹1", "back-1", "Back 1 s (←)");
    private final Button forward1 = button("1›", "forward-1", "Forward 1 s (→)");
    private final Button forward10 = button("10»", "forward-10", "Forward 10 s (Shift+→, L)");
    private final Button previous = button("◂ Event", "previous-marker", "Previous event of interest (P)");
    private final Button next = button("Event ▸", "next-marker", "Next event of interest (N)");
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final CheckBox skip = new CheckBox("Skip inactivity");
    private final Label time = new Label("0:00 / 0:00");
    private final Label clock = new Label("");
    private final ChangeListener<Boolean> onPlaying = (property, old, now) -> play.setText(now ? "❚❚" : "▶");
    private PlaybackViewModel model;

    public TransportBar() {
        getStyleClass().add("transport");
        setPadding(new Insets(4, 8, 6, 8));
        setSpacing(2);
        speed.getItems().setAll(PlaybackViewModel.SPEEDS);
        speed.setId("speed");
        speed.setConverter(new SpeedConverter());
        speed.setFocusTraversable(false);
        skip.setId("skip-inactive");
        skip.setFocusTraversable(false);
        time.setId("time");
        clock.setId("clock");
        HBox controls = new HBox(6, play, back10, back1, forward1, forward10, previous, next, time, speed, skip, clock);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(clock, Priority.ALWAYS);
        getChildren().addAll(timeline, controls);
        setModel(null);
    }

    public TimelineBar timeline() {
        return timeline;
    }

    public void setModel(PlaybackViewModel next) {
        if (model != null) {
            model.playingProperty().removeListener(onPlaying);
            skip.selectedProperty().unbindBidirectional(model.skipInactiveProperty());
            time.textProperty().unbind();
            clock.textProperty().unbind();
        }
        model = next;
        timeline.setModel(next);
        setDisable(next == null);
        if (next == null) {
            return;
        }
        next.playingProperty().addListener(onPlaying);
        onPlaying.changed(null, null, next.isPlaying());
        speed.setValue(next.speedProperty().get());
        speed.valueProperty().addListener((property, old, now) -> {
            if (model == next && now != null) {
                next.speedProperty().set(now);
            }
        });
        next.speedProperty().addListener((property, old, now) -> {
            if (model == next) {
                speed.setValue(now.doubleValue());
            }
        });
        skip.selectedProperty().bindBidirectional(next.skipInactiveProperty());
        time.textProperty().bind(next.timeTextProperty());
        clock.textProperty().bind(next.clockTextProperty());
        play.setOnAction(event -> next.togglePlay());
        back10.setOnAction(event -> next.step(-10_000));
        back1.setOnAction(event -> next.step(-1_000));
        forward1.setOnAction(event -> next.step(1_000));
        forward10.setOnAction(event -> next.step(10_000));
        previous.setOnAction(event -> next.previousMarker());
        this.next.setOnAction(event -> next.nextMarker());
    }

    private static Button button(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    private static final class SpeedConverter extends StringConverter<Double> {
        @Override
        public String toString(Double value) {
            if (value == null) {
                return "";
            }
            return (value == Math.rint(value) ? String.valueOf(value.intValue()) : value.toString()) + "×";
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace("×", ""));
        }
    }
}
