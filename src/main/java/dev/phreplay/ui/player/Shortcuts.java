package dev.phreplay.ui.player;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The player's keyboard. No shortcut fires while a text field has the focus. */
public final class Shortcuts {
    public record Help(String keys, String action) {}

    public static final List<Help> HELP = List.of(
            new Help("Space or K", "Play / pause"),
            new Help("← / →", "Back / forward 1 s"),
            new Help("Shift+← / Shift+→, J / L", "Back / forward 10 s"),
            new Help("N / P", "Next / previous event of interest"),
            new Help("1 … 8", "Speed 0.5×, 1×, 1.5×, 2×, 3×, 4×, 8×, 16×"),
            new Help("F", "Full screen"),
            new Help("?", "This list"));

    private final Supplier<PlaybackViewModel> model;
    private final Runnable fullScreen;
    private final Runnable help;

    private Shortcuts(Supplier<PlaybackViewModel> model, Runnable fullScreen, Runnable help) {
        this.model = model;
        this.fullScreen = fullScreen;
        this.help = help;
    }

    public static void install(Scene scene, Supplier<PlaybackViewModel> model, Runnable fullScreen, Runnable help) {
        Shortcuts shortcuts = new Shortcuts(model, fullScreen, help);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!typing(scene) && shortcuts.pressed(event)) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (!typing(scene) && "?".equals(event.getCharacter())) {
                help.run();
                event.consume();
            }
        });
    }

    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private boolean pressed(KeyEvent event) {
        if (event.isControlDown() || event.isMetaDown() || event.isAltDown()) {
            return false;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.F) {
            fullScreen.run();
            return true;
        }
        PlaybackViewModel playback = model.get();
        if (playback == null) {
            return false;
        }
        int digit = digit(code);
        if (digit >= 1 && digit <= PlaybackViewModel.SPEEDS.size()) {
            playback.setSpeedByIndex(digit - 1);
            return true;
        }
        return transport(playback, code, event.isShiftDown());
    }

    private static boolean transport(PlaybackViewModel playback, KeyCode code, boolean shift) {
        switch (code) {
            case SPACE, K -> playback.togglePlay();
            case LEFT -> playback.step(shift ? -10_000 : -1_000);
            case RIGHT -> playback.step(shift ? 10_000 : 1_000);
            case J -> playback.step(-10_000);
            case L -> playback.step(10_000);
            case N -> playback.nextMarker();
            case P -> playback.previousMarker();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
