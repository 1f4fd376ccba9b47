package dev.phreplay.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * One event as stored: the UTF-8 JSON of a single normalised rrweb event (decompressed, with
 * PostHog's clean-up applied), its position in its window, and its timestamp. Keeping the
 * bytes instead of a decoded tree keeps a long recording's heap close to its size on disk.
 *
 * @param index the 0-based position of the event in its window (a package's line number − 1)
 */
public record RawEvent(int index, long timestamp, byte[] json) {
    /** Decodes the event; an unknown type or source decodes to an opaque record. */
    public RecordedEvent decode() throws EventDecodeException {
        try {
            return EventDecoder.decode(Json.mapper().readTree(json));
        } catch (EventDecodeException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new EventDecodeException(null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new EventDecodeException(null, "unreadable JSON: " + e.getMessage());
        }
    }
}
