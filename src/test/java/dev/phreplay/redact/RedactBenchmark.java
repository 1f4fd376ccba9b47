package dev.phreplay.redact;

import dev.phreplay.event.EventCursor;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordingEvents;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Throughput of the redaction core on a generated recording (not a test: run it by hand).
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.phreplay.redact.RedactBenchmark [events]}
 */
public final class RedactBenchmark {
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (int round = 0; round < 3; round++) {
            Generated input = new Generated(events);
            long[] written = {0};
            RedactionSink counting = new RedactionSink() {
                @Override
                public void metadata(byte[] json) {}

                @Override
                public void beginWindow(String id) {}

                @Override
                public void append(byte[] json) {
                    written[0] += json.length + 1;
                }

                @Override
                public void endWindow() {}
            };
            Runtime runtime = Runtime.getRuntime();
            long start = System.nanoTime();
            Tally tally = new Redactor(RedactionRules.defaults()).redact(input, null, counting);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            System.out.printf("round %d: %d events, %.1f MB in, %.1f MB out, %.2f s, %.1f MB/s, %d removed, heap used after %d MB%n",
                    round, events, input.bytes / 1e6, written[0] / 1e6, seconds, input.bytes / 1e6 / seconds, tally.total(),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    /** A page of 2,000 nodes, then mutations, inputs, mouse moves, console and network events, generated on the fly. */
    static final class Generated implements RecordingEvents {
        final int count;
        long bytes;

        Generated(int count) {
            this.count = count;
        }

        @Override
        public List<String> windowIds() {
            return List.of("1");
        }

        @Override
        public EventCursor events(String windowId) {
            return new EventCursor() {
                int index;

                @Override
                public boolean hasNext() {
                    return index < count;
                }

                @Override
                public RawEvent next() {
                    byte[] json = event(index).getBytes(StandardCharsets.UTF_8);
                    bytes += json.length + 1;
                    return new RawEvent(index++, 1_700_000_000_000L + index, json);
                }

                @Override
                public void close() {}
            };
        }

        private static String event(int i) {
            if (i == 0) {
                StringBuilder body = new StringBuilder();
                for (int n = 0; n < 1000; n++) {
                    body.append(n == 0 ? "" : ",").append("{\"type\":2,\"tagName\":\"div\",\"attributes\":{\"class\":\"row r").append(n)
                            .append("\",\"title\":\"Item ").append(n).append("\"},\"id\":").append(10 + 2 * n)
                            .append(",\"childNodes\":[{\"type\":3,\"textContent\":\"Row ").append(n)
                            .append(" contact someone@example.com\",\"id\":").append(11 + 2 * n).append("}]}");
                }
                return "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":[{\"type\":2,\"tagName\":\"html\",\"attributes\":{},\"id\":2,"
                        + "\"childNodes\":[{\"type\":2,\"tagName\":\"body\",\"attributes\":{},\"id\":3,\"childNodes\":[" + body + "]}]}]},"
                        + "\"initialOffset\":{\"top\":0,\"left\":0}},\"timestamp\":1700000000000}";
            }
            int id = 10_000 + i;
            return switch (i % 5) {
                case 0 -> "{\"type\":3,\"data\":{\"source\":0,\"adds\":[{\"parentId\":3,\"nextId\":null,\"node\":{\"type\":2,\"tagName\":\"li\",\"attributes\":{\"class\":\"item\",\"href\":\"/p?id=" + i
                        + "&token=abc\"},\"childNodes\":[],\"id\":" + id + "}}],\"removes\":[{\"parentId\":3,\"id\":" + (id - 5)
                        + "}],\"texts\":[{\"id\":11,\"value\":\"Updated at " + i + " by user " + i + "\"}],\"attributes\":[{\"id\":10,\"attributes\":{\"class\":\"row selected\",\"style\":\"color: red\"}}]},\"timestamp\":" + i + "}";
                case 1 -> "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":" + (i % 1000) + ",\"y\":200,\"id\":12,\"timeOffset\":-20},{\"x\":10,\"y\":20,\"id\":12,\"timeOffset\":0}]},\"timestamp\":" + i + "}";
                case 2 -> "{\"type\":3,\"data\":{\"source\":5,\"id\":14,\"text\":\"typed value " + i + "\",\"isChecked\":false},\"timestamp\":" + i + "}";
                case 3 -> "{\"type\":6,\"data\":{\"plugin\":\"rrweb/console@1\",\"payload\":{\"level\":\"log\",\"trace\":[\"https://app.example/main.js:10:20\"],\"payload\":[\"\\\"request " + i
                        + " finished for user jane@example.com\\\"\"]}},\"timestamp\":" + i + "}";
                default -> "{\"type\":6,\"data\":{\"plugin\":\"rrweb/network@1\",\"payload\":{\"requests\":[{\"name\":\"https://api.example/items?page=" + i
                        + "&session=s3cr3t\",\"method\":\"GET\",\"status\":200,\"startTime\":12.5,\"duration\":30,\"requestHeaders\":{\"Authorization\":\"Bearer abcdefabcdefabcdef123\",\"Accept\":\"application/json\"},"
                        + "\"responseBody\":\"{\\\"items\\\":[{\\\"id\\\":1,\\\"name\\\":\\\"Widget\\\",\\\"price\\\":12.5}],\\\"total\\\":" + i + "}\"}]}},\"timestamp\":" + i + "}";
            };
        }

        @Override
        public void close() {}
    }
}
