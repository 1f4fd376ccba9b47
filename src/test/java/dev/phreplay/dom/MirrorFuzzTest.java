package dev.phreplay.dom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.EventDecoder;
import dev.phreplay.event.Json;
import dev.phreplay.dom.css.CssAdapter;
import dev.phreplay.dom.css.CssSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary event arrays applied after a small page: the mirror never throws, its invariants hold,
 * copies and dumps work. In a normal build the seeds in MirrorFuzzTestInputs run as regression tests;
 * with JAZZER_FUZZ=1 Jazzer explores further.
 */
class MirrorFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void appliedEventsKeepTheMirrorSound(byte[] input) {
        Mirror mirror = new Mirror();
        mirror.apply(Events.page(Events.element(10, "div", Events.text(11, "x")), Events.element(12, "iframe")));
        JsonNode events;
        try {
            events = Json.mapper().readTree(new String(input, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return;
        }
        if (events == null || !events.isArray()) {
            return;
        }
        for (JsonNode event : events) {
            try {
                mirror.apply(EventDecoder.decode(event));
            } catch (EventDecodeException e) {
                continue;
            }
            MirrorInvariants.check(mirror);
        }
        MirrorInvariants.check(mirror.copy());
        Mirror restored = MirrorSnapshot.of(mirror).restore();
        MirrorInvariants.check(restored);
        if (!OracleCase.dump(mirror, 0).equals(OracleCase.dump(restored, 0))) {
            throw new AssertionError("a checkpoint's snapshot must restore the mirror it froze");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void cssAdaptationNeverThrowsAndKeepsTextWithoutHover(byte[] input) {
        String css = new String(input, StandardCharsets.UTF_8);
        String adapted = CssAdapter.adaptUncached(css);
        if (!css.contains(":hover") && !css.contains("-device-") && !adapted.equals(css)) {
            throw new AssertionError("text without :hover or device queries must stay unchanged");
        }
        CssSheet.parse(css).cssText();
    }
}
