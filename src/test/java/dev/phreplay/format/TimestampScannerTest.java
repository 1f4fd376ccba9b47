package dev.phreplay.format;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampScannerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":3,\"timestamp\":1682952380877}|1682952380877",
        "{\"timestamp\" : -5 , \"type\":3}|-5",
        "{\"data\":{\"timestamp\":1},\"timestamp\":2}|2",
        "{\"data\":{\"text\":\"\\\"timestamp\\\":7\"},\"timestamp\":3}|3",
        "{\"data\":[{\"timestamp\":1}],\"timestamp\":4}|4",
        "{\"timestamp\":1.5}|NOT_FOUND",
        "{\"timestamp\":\"5\"}|NOT_FOUND",
        "{\"type\":3}|NOT_FOUND",
        "[{\"timestamp\":1}]|NOT_FOUND",
        "{\"timestamps\":1}|NOT_FOUND",
        "{\"a\":\"unterminated|NOT_FOUND",
    })
    void findsTheTopLevelIntegerTimestampOrGivesUp(String json, String expected) {
        long found = TimestampScanner.timestamp(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.equals("NOT_FOUND") ? TimestampScanner.NOT_FOUND : Long.parseLong(expected), found, json);
    }
}
