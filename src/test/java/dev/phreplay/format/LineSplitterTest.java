package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final List<String> lines = new ArrayList<>();
    private final List<String> tooLong = new ArrayList<>();

    private LineSplitter splitter(int max) {
        return new LineSplitter(max, new LineSplitter.Sink() {
            @Override
            public void line(long number, byte[] bytes, int offset, int length) {
                lines.add(number + ":" + new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void tooLong(long number, long length) {
                tooLong.add(number + ":" + length);
            }
        });
    }

    @Test
    void linesSplitAcrossChunksOfEverySizeComeOutWhole() {
        byte[] text = "alpha\r\nbe\n\ngamma-delta\nlast".getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= text.length; chunk++) {
            lines.clear();
            LineSplitter splitter = splitter(100);
            for (int i = 0; i < text.length; i += chunk) {
                splitter.feed(text, i, Math.min(chunk, text.length - i));
            }
            splitter.finish();
            assertEquals(List.of("1:alpha", "2:be", "3:", "4:gamma-delta", "5:last"), lines, "chunk " + chunk);
        }
    }

    @Test
    void aLineOverTheLimitIsReportedOnceAndSkipped() {
        byte[] text = "ok\n0123456789abcdef\nfine\n".getBytes(StandardCharsets.UTF_8);
        LineSplitter splitter = splitter(8);
        for (int i = 0; i < text.length; i += 3) {
            splitter.feed(text, i, Math.min(3, text.length - i));
        }
        splitter.finish();
        assertEquals(List.of("1:ok", "3:fine"), lines);
        assertEquals(1, tooLong.size());
        assertTrue(tooLong.getFirst().startsWith("2:"));
    }
}
