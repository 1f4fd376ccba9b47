package dev.phreplay.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for untrusted recordings. Limits are set on purpose: recordings
 * come from anywhere, and a hostile file must fail with a finding, not exhaust the heap or stack.
 */
public final class Json {
    /** Deep enough for real pages (rrweb's own fixtures stay under 60), shallow enough for the stack. */
    public static final int MAX_NESTING_DEPTH = 2_000;
    /** One string, e.g. a {@code _cssText} or an inlined image: 64 MiB. */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
    public static final int MAX_NUMBER_LENGTH = 1_000;
    public static final int MAX_NAME_LENGTH = 100_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH + 10).build())
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private Json() {}

    public static JsonFactory factory() {
        return FACTORY;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
