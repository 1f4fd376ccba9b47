package dev.phreplay.ui.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drops content on a scene the way the toolkit delivers a drop from another application: a DRAG_OVER,
 * then a DRAG_DROPPED when the target accepted it. The headless glass platform has no system drag and
 * drop (its DnD clipboard throws), so the events are fired here, with a dragboard holding the content.
 */
public final class FileDrops {
    private FileDrops() {}

    /** What the target did with the drop. */
    public record Outcome(boolean accepted, boolean completed) {}

    /** Fires the drag and the drop at the scene's centre; call on the FX thread. */
    public static Outcome drop(Scene scene, Map<DataFormat, Object> content) {
        Dragboard dragboard = DragboardHelper.createDragboard(new HeldContent(content));
        double x = scene.getWidth() / 2;
        double y = scene.getHeight() / 2;
        DragEvent over = event(scene, DragEvent.DRAG_OVER, dragboard, x, y);
        Event.fireEvent(scene, over);
        if (!over.isAccepted()) {
            return new Outcome(false, false);
        }
        DragEvent dropped = event(scene, DragEvent.DRAG_DROPPED, dragboard, x, y);
        Event.fireEvent(scene, dropped);
        return new Outcome(true, dropped.isDropCompleted());
    }

    private static DragEvent event(Scene scene, javafx.event.EventType<DragEvent> type, Dragboard dragboard, double x, double y) {
        double screenX = scene.getWindow().getX() + scene.getX() + x;
        double screenY = scene.getWindow().getY() + scene.getY() + y;
        return new DragEvent(null, scene, type, dragboard, x, y, screenX, screenY, TransferMode.COPY, null, null, null);
    }

    private static final class HeldContent implements TKClipboard {
        private final Map<DataFormat, Object> content;

        HeldContent(Map<DataFormat, Object> content) {
            this.content = new LinkedHashMap<>(content);
        }

        @Override public Set<DataFormat> getContentTypes() { return content.keySet(); }
        @SafeVarargs @Override public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            throw new UnsupportedOperationException("a drop target only reads");
        }
        @Override public Object getContent(DataFormat format) { return content.get(format); }
        @Override public boolean hasContent(DataFormat format) { return content.containsKey(format); }
        @Override public Set<TransferMode> getTransferModes() { return EnumSet.of(TransferMode.COPY); }
        @Override public void setDragView(Image image) {}
        @Override public void setDragViewOffsetX(double offset) {}
        @Override public void setDragViewOffsetY(double offset) {}
        @Override public Image getDragView() { return null; }
        @Override public double getDragViewOffsetX() { return 0; }
        @Override public double getDragViewOffsetY() { return 0; }
    }
}
