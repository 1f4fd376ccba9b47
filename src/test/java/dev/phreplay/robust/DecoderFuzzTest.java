package dev.phreplay.robust;

import static org.junit.jupiter.api.Assertions.*;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.phreplay.event.EventDecodeException;
import dev.phreplay.event.RawEvent;
import dev.phreplay.event.RecordedEvent;

/**
 * The event decoder given arbitrary bytes as one event's JSON: it returns an event or throws
 * {@link EventDecodeException} with a message, nothing else (no stack overflow, no runtime
 * exception). Seeds: one event of each kind from the fixtures (DecoderFuzzTestInputs); fuzz with
 * {@code scripts/fuzz.sh decoder MINUTES}.
 */
class DecoderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void decodeReturnsAnEventOrATypedError(byte[] json) {
        try {
            RecordedEvent event = new RawEvent(0, 0, json).decode();
            assertNotNull(event);
        } catch (EventDecodeException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a decode error without a message");
        }
    }
}
