package dev.phreplay.event;

import static dev.phreplay.event.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one event's JSON into a {@link RecordedEvent}. Unknown event types and incremental
 * sources become opaque records; a known type with a broken shape is an {@link EventDecodeException}.
 * Compressed PostHog events ({@code cv}) must be decompressed before they reach this class.
 */
public final class EventDecoder {
    private EventDecoder() {}

    public static RecordedEvent decode(JsonNode event) throws EventDecodeException {
        if (event == null || !event.isObject()) {
            throw new EventDecodeException(null, "an event must be a JSON object");
        }
        int type = requiredInt(event, "type", "");
        long timestamp = requiredLong(event, "timestamp", "");
        JsonNode data = event.has("data") ? event.get("data") : MissingNode.getInstance();
        return switch (type) {
            case EventType.DOM_CONTENT_LOADED -> new RecordedEvent.DomContentLoaded(timestamp);
            case EventType.LOAD -> new RecordedEvent.Load(timestamp);
            case EventType.FULL_SNAPSHOT -> fullSnapshot(timestamp, object(event, "data", ""));
            case EventType.INCREMENTAL_SNAPSHOT -> new RecordedEvent.Incremental(timestamp, incremental(object(event, "data", "")));
            case EventType.META -> meta(timestamp, object(event, "data", ""));
            case EventType.CUSTOM -> new RecordedEvent.Custom(timestamp, optionalString(data, "tag"), data.path("payload"));
            case EventType.PLUGIN -> plugin(timestamp, object(event, "data", ""));
            case EventType.ASSET -> new RecordedEvent.Asset(timestamp, optionalString(data, "url"), data.path("payload"));
            default -> new RecordedEvent.Unknown(timestamp, type, data);
        };
    }

    private static RecordedEvent fullSnapshot(long timestamp, JsonNode data) throws EventDecodeException {
        SerializedNode node = NodeDecoder.decode(object(data, "node", "data."), "data.node");
        if (!(node instanceof SerializedNode.Document document)) {
            throw new EventDecodeException("data.node.type", "a full snapshot must hold a document node (type 0)");
        }
        JsonNode offset = data.path("initialOffset");
        double top = offset.path("top").asDouble(0);
        double left = offset.path("left").asDouble(0);
        return new RecordedEvent.FullSnapshot(timestamp, document, top, left);
    }

    private static RecordedEvent meta(long timestamp, JsonNode data) {
        return new RecordedEvent.Meta(timestamp, optionalString(data, "href"), intOr(data, "width", 0), intOr(data, "height", 0));
    }

    private static RecordedEvent plugin(long timestamp, JsonNode data) {
        String plugin = optionalString(data, "plugin");
        JsonNode payload = data.path("payload");
        PluginPayload typed = switch (plugin == null ? "" : plugin) {
            case PluginPayload.CONSOLE -> new PluginPayload.ConsoleLog(optionalString(payload, "level"),
                    stringList(payload.get("trace")), stringList(payload.get("payload")));
            case PluginPayload.NETWORK -> network(payload);
            default -> new PluginPayload.Other(payload);
        };
        return new RecordedEvent.Plugin(timestamp, plugin, typed);
    }

    private static PluginPayload network(JsonNode payload) {
        List<JsonNode> requests = new ArrayList<>();
        for (JsonNode request : payload.path("requests")) {
            if (request.isObject()) {
                requests.add(request);
            }
        }
        return new PluginPayload.NetworkCapture(List.copyOf(requests), isTrue(payload, "isInitial"));
    }

    static IncrementalData incremental(JsonNode data) throws EventDecodeException {
        int source = requiredInt(data, "source", "data.");
        IncrementalSource known = IncrementalSource.of(source);
        if (known == null) {
            return new IncrementalData.Unknown(source, data);
        }
        return switch (known) {
            case MUTATION -> MutationDecoder.decode(data);
            case MOUSE_MOVE, TOUCH_MOVE, DRAG -> pointerMove(source, data);
            case MOUSE_INTERACTION -> new IncrementalData.MouseInteraction(intOr(data, "type", -1), intOr(data, "id", -1),
                    optionalDouble(data, "x"), optionalDouble(data, "y"), optionalInt(data, "pointerType"));
            case SCROLL -> new IncrementalData.Scroll(requiredInt(data, "id", "data."), doubleOr(data, "x"), doubleOr(data, "y"));
            case VIEWPORT_RESIZE -> new IncrementalData.ViewportResize(intOr(data, "width", 0), intOr(data, "height", 0));
            case INPUT -> new IncrementalData.Input(requiredInt(data, "id", "data."), textOr(data, "text"),
                    isTrue(data, "isChecked"), optionalBoolean(data, "userTriggered"));
            case MEDIA_INTERACTION -> new IncrementalData.MediaInteraction(intOr(data, "type", -1),
                    requiredInt(data, "id", "data."), optionalDouble(data, "currentTime"), optionalDouble(data, "volume"),
                    optionalBoolean(data, "muted"), optionalBoolean(data, "loop"), optionalDouble(data, "playbackRate"));
            case STYLE_SHEET_RULE -> StyleDecoder.styleSheetRule(data);
            case CANVAS_MUTATION -> canvas(data);
            case FONT -> new IncrementalData.Font(optionalString(data, "family"), optionalString(data, "fontSource"),
                    isTrue(data, "buffer"), data.path("descriptors"));
            case LOG -> new IncrementalData.Log(optionalString(data, "level"), stringList(data.get("trace")),
                    stringList(data.get("payload")));
            case STYLE_DECLARATION -> StyleDecoder.styleDeclaration(data);
            case SELECTION -> selection(data);
            case ADOPTED_STYLE_SHEET -> StyleDecoder.adoptedStyleSheet(data);
            case CUSTOM_ELEMENT -> new IncrementalData.CustomElement(optionalString(data.path("define"), "name"));
        };
    }

    private static IncrementalData pointerMove(int source, JsonNode data) throws EventDecodeException {
        List<IncrementalData.Position> positions = new ArrayList<>();
        int index = 0;
        for (JsonNode position : array(data, "positions", "data.")) {
            String path = "data.positions[" + index++ + "].";
            positions.add(new IncrementalData.Position(requiredDouble(position, "x", path), requiredDouble(position, "y", path),
                    intOr(position, "id", -1), doubleOr(position, "timeOffset")));
        }
        return new IncrementalData.PointerMove(source, List.copyOf(positions));
    }

    private static IncrementalData canvas(JsonNode data) throws EventDecodeException {
        int id = requiredInt(data, "id", "data.");
        int context = intOr(data, "type", 0);
        List<IncrementalData.CanvasCommand> commands = new ArrayList<>();
        if (data.has("commands")) {
            for (JsonNode command : array(data, "commands", "data.")) {
                commands.add(canvasCommand(command));
            }
        } else if (data.has("property")) {
            commands.add(canvasCommand(data));
        }
        return new IncrementalData.CanvasMutation(id, context, List.copyOf(commands));
    }

    private static IncrementalData.CanvasCommand canvasCommand(JsonNode command) {
        return new IncrementalData.CanvasCommand(optionalString(command, "property"), command.path("args"),
                isTrue(command, "setter"));
    }

    private static IncrementalData selection(JsonNode data) throws EventDecodeException {
        List<IncrementalData.SelectionRange> ranges = new ArrayList<>();
        for (JsonNode range : array(data, "ranges", "data.")) {
            ranges.add(new IncrementalData.SelectionRange(intOr(range, "start", -1), intOr(range, "startOffset", 0),
                    intOr(range, "end", -1), intOr(range, "endOffset", 0)));
        }
        return new IncrementalData.Selection(List.copyOf(ranges));
    }

    private static double doubleOr(JsonNode data, String name) {
        Double value = optionalDouble(data, name);
        return value == null ? 0 : value;
    }

    private static String textOr(JsonNode data, String name) {
        String value = optionalString(data, name);
        return value == null ? "" : value;
    }
}
