package dev.phreplay.ui.app;

import dev.phreplay.dom.MirrorCharacterData;
import dev.phreplay.dom.MirrorDocument;
import dev.phreplay.dom.MirrorElement;
import dev.phreplay.dom.MirrorListener;
import dev.phreplay.dom.MirrorNode;
import dev.phreplay.ui.inspector.InspectorPane;
import dev.phreplay.ui.player.PlaybackViewModel;
import dev.phreplay.ui.player.PlayerViewModel;
import dev.phreplay.ui.player.ViewportPane;
import dev.phreplay.ui.render.AfterPaint;
import dev.phreplay.ui.session.PlaybackListener;
import dev.phreplay.ui.session.PlayerRecording;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Connects the inspector panels to the player: the playhead, seeks, the inspection and the live mirror. */
public final class InspectorWiring {
    private InspectorWiring() {}

    public static void attach(PlayerViewModel model, InspectorPane inspector, ViewportPane viewport) {
        inspector.dom().selectedNodeIdProperty().addListener((property, was, id) -> viewport.highlightNode(id));
        viewport.setOnPick(id -> {
            inspector.selectPanel(InspectorPane.Panel.DOM);
            inspector.dom().select(id);
        });
        inspector.onSeek(offset -> {
            if (model.playback() != null) {
                model.playback().seek(offset);
            }
        });
        model.addWindowListener(forwarding(inspector.dom().changeListener()));
        model.playbackProperty().addListener((property, old, now) -> follow(model, inspector, now));
    }

    /** The panels follow the shown window once the recording's inspection is done. */
    private static void follow(PlayerViewModel model, InspectorPane inspector, PlaybackViewModel playback) {
        PlayerRecording recording = model.recordingProperty().get();
        if (playback == null || recording == null) {
            return;
        }
        playback.positionProperty().addListener(new PlayheadAfterPaint(model, inspector, playback));
        String windowId = model.selectedWindowProperty().get();
        // Once the first frame is painted: the inspection reads the whole recording.
        AfterPaint.run(() -> recording.inspection().thenAccept(inspection -> Platform.runLater(() -> {
            if (model.playback() == playback) {
                inspector.setInspection(inspection);
                inspector.setWindow(inspection, windowId, playback.playback().startTimestamp());
                inspector.setPlayhead((long) playback.position());
            }
        })));
    }

    /**
     * The panels move to the playhead once the page's frame for it is painted, at most once a frame:
     * moving them (selecting and scrolling rows) in the seek's own task delayed the sought page.
     */
    private static final class PlayheadAfterPaint implements ChangeListener<Number> {
        private final PlayerViewModel model;
        private final InspectorPane inspector;
        private final PlaybackViewModel playback;
        private boolean scheduled;

        PlayheadAfterPaint(PlayerViewModel model, InspectorPane inspector, PlaybackViewModel playback) {
            this.model = model;
            this.inspector = inspector;
            this.playback = playback;
        }

        @Override
        public void changed(ObservableValue<? extends Number> property, Number old, Number now) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            AfterPaint.run(() -> {
                scheduled = false;
                if (model.playback() == playback) {
                    inspector.setPlayhead((long) playback.position());
                }
            });
        }
    }

    /** The DOM explorer listens to the mirror; the playback hands its listeners the structural changes. */
    static PlaybackListener forwarding(MirrorListener target) {
        return new PlaybackListener() {
            @Override public void documentRebuilt(MirrorDocument document) { target.documentRebuilt(document); }
            @Override public void nodeInserted(MirrorNode parent, MirrorNode node, MirrorNode before) {
                target.nodeInserted(parent, node, before);
            }
            @Override public void nodeRemoved(MirrorNode parent, MirrorNode node) { target.nodeRemoved(parent, node); }
            @Override public void attributeChanged(MirrorElement element, String name, String value) {
                target.attributeChanged(element, name, value);
            }
            @Override public void characterDataChanged(MirrorCharacterData node) { target.characterDataChanged(node); }
            @Override public void inputChanged(MirrorElement element) { target.inputChanged(element); }
        };
    }
}
