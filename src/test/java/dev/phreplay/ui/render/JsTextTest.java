package dev.phreplay.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An op list is strict JSON: its strings read back exactly, and no character ends a line of a script. */
class JsTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] POOL = {'a', 'é', ' ', '"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u2028', '\u2029',
        '\ud83d', '\ude00', '<', '/', '\u007f', '中'};

    @Test
    void randomStringsReadBackExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                value.append(POOL[random.nextInt(POOL.length)]);
            }
            String written = new JsText(16).string(value.toString()).toString();
            assertEquals(value.toString(), JSON.readValue(written, String.class), "round " + round + ": " + written);
            assertFalse(written.chars().anyMatch(c -> c == '\u2028' || c == '\u2029' || c < 0x20), written);
        }
    }

    /** renderer.js reads an op list with JSON.parse, which takes no NaN, no Infinity and no bare dot. */
    @Test
    void numbersAreStrictJson() throws Exception {
        String written = new JsText(16).raw('[').number(1e-7).raw(',').number(2.5e20).raw(',').number(-3.0).raw(',')
                .number(Double.NaN).raw(',').number(Double.POSITIVE_INFINITY).raw(',').number(12L).raw(']').toString();
        double[] read = JSON.readValue(written, double[].class);
        assertEquals(6, read.length, written);
        assertEquals(1e-7, read[0]);
        assertEquals(2.5e20, read[1]);
        assertEquals(-3.0, read[2]);
        assertEquals(0.0, read[3], "NaN is written as 0");
        assertEquals(0.0, read[4], "an infinity is written as 0");
        assertEquals("[1.0E-7,2.5E20,-3,0,0,12]", written);
    }

    @Test
    void escapesAfterAPlainStart() {
        assertEquals("\"plain \\\"quoted\\\" \\u2028 \\n\"", new JsText(16).string("plain \"quoted\" \u2028 \n").toString());
        assertEquals("\"😀 \\ud83d\"", new JsText(16).string("😀 \ud83d").toString());
        assertEquals("null", new JsText(16).string(null).toString());
    }
}
