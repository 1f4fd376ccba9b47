package dev.phreplay.dom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.IncrementalData;

/**
 * Canvas mutations are not executed (rrweb needs UNSAFE_replayCanvas for that); the mirror keeps
 * the latest picture it can recover: a {@code drawImage} of a data URL, an image src or a blob.
 */
final class CanvasUpdates {
    private CanvasUpdates() {}

    static void apply(Mirror mirror, IncrementalData.CanvasMutation mutation) {
        if (!(mirror.nodes.get(mutation.id()) instanceof MirrorElement canvas)) {
            mirror.skipped.count(SkipCounters.Reason.TARGET_MISSING);
            return;
        }
        CanvasImage image = null;
        for (IncrementalData.CanvasCommand command : mutation.commands()) {
            if ("drawImage".equals(command.property()) && command.args().isArray() && !command.args().isEmpty()) {
                String url = imageUrl(command.args().get(0));
                if (url != null) {
                    image = new CanvasImage(url, null);
                }
            }
        }
        if (image == null) {
            CanvasImage previous = mirror.canvases.get(mutation.id());
            image = new CanvasImage(previous == null ? null : previous.dataUrl(), mutation.contextType() == 0
                    ? "2d commands after the last recoverable image are not replayed"
                    : "WebGL commands are not replayed");
        }
        mirror.canvases.put(mutation.id(), image);
        for (MirrorListener listener : mirror.listeners) {
            listener.canvasChanged(canvas, image);
        }
    }

    /** A data URL, image src or blob of a drawImage argument, or null. Looks one wrapper deep at most twice. */
    static String imageUrl(JsonNode arg) {
        JsonNode current = arg;
        for (int depth = 0; depth < 4 && current != null; depth++) {
            if (current.isTextual() && current.textValue().startsWith("data:")) {
                return current.textValue();
            }
            if (!current.isObject()) {
                return null;
            }
            String type = current.path("rr_type").asText("");
            if (current.hasNonNull("src")) {
                return current.get("src").asText();
            }
            if (type.equals("Blob")) {
                JsonNode data = current.path("data");
                if (data.isArray() && data.size() == 1 && data.get(0).hasNonNull("base64")) {
                    return "data:" + current.path("type").asText("application/octet-stream") + ";base64,"
                            + data.get(0).get("base64").asText();
                }
                return null;
            }
            JsonNode args = current.path("args");
            current = args.isArray() && !args.isEmpty() ? args.get(0) : null;
        }
        return null;
    }
}
