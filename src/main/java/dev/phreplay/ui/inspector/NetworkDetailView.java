package dev.phreplay.ui.inspector;

import dev.phreplay.inspect.Durations;
import dev.phreplay.inspect.Iso;
import dev.phreplay.inspect.NetworkExport;
import dev.phreplay.inspect.NetworkRequest;
import dev.phreplay.inspect.NetworkTimings;
import dev.phreplay.inspect.ServerTiming;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/** The selected request in full: headers, bodies, timings and server timings. */
final class NetworkDetailView extends TabPane {
    private final TextArea headers = area("network-headers");
    private final TextArea requestBody = area("network-request-body");
    private final TextArea responseBody = area("network-response-body");
    private final TextArea timings = area("network-timings");

    NetworkDetailView() {
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(new Tab("Headers", headers), new Tab("Request", requestBody), new Tab("Response", responseBody),
                new Tab("Timing", timings));
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setId(id);
        return area;
    }

    void show(NetworkRequest request) {
        if (request == null) {
            headers.clear();
            requestBody.clear();
            responseBody.clear();
            timings.clear();
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(request.method()).append(' ').append(request.url()).append('\n')
                .append("Status: ").append(request.status() == null ? "not recorded" : request.status())
                .append(request.failed() ? " (failed)" : "").append('\n')
                .append("Type: ").append(request.type().label()).append(" (initiator ")
                .append(request.initiatorType() == null ? "?" : request.initiatorType()).append(")\n")
                .append("Size: ").append(NetworkExport.size(request)).append('\n')
                .append("Started: ").append(Iso.instant(request.startedAt())).append(" (")
                .append(Durations.clock(request.t())).append(")\n");
        section(text, "Request headers", request.requestHeaders());
        section(text, "Response headers", request.responseHeaders());
        headers.setText(text.toString());
        requestBody.setText(request.requestBody() == null ? "(not captured)" : request.requestBody());
        responseBody.setText(request.responseBody() == null ? "(not captured)" : request.responseBody());
        timings.setText(timingText(request));
    }

    private static void section(StringBuilder text, String title, Map<String, String> values) {
        text.append('\n').append(title).append(values.isEmpty() ? ": (not captured)\n" : ":\n");
        values.forEach((name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
    }

    static String timingText(NetworkRequest request) {
        StringBuilder text = new StringBuilder();
        text.append("Duration: ").append(request.durationMs() == null ? "not recorded" : ms(request.durationMs())).append('\n');
        NetworkTimings t = request.timings();
        if (t.equals(NetworkTimings.UNKNOWN)) {
            text.append("Phases: not recorded (cross-origin or mobile)\n");
        } else {
            phase(text, "Queued/blocked", t.blocked());
            phase(text, "DNS", t.dns());
            phase(text, "Connect", t.connect());
            phase(text, "TLS", t.ssl());
            phase(text, "Send", t.send());
            phase(text, "Waiting (TTFB)", t.waiting());
            phase(text, "Receive", t.receive());
        }
        if (!request.serverTimings().isEmpty()) {
            text.append("\nServer timing:\n");
            for (ServerTiming timing : request.serverTimings()) {
                text.append("  ").append(timing.name()).append(": ").append(ms(timing.durationMs()))
                        .append(timing.description() == null ? "" : " (" + timing.description() + ")").append('\n');
            }
        }
        return text.toString();
    }

    private static void phase(StringBuilder text, String name, double value) {
        text.append(name).append(": ").append(value < 0 ? "-" : ms(value)).append('\n');
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }
}
