package dev.phreplay.inspect;

import static org.junit.jupiter.api.Assertions.*;

import dev.phreplay.testing.InMemoryRecording;
import dev.phreplay.testing.Shared;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkCollectorTest {
    /** The fixture's single network event, after a Meta event that starts the recording at 1706482394000. */
    static Inspection fixture() throws Exception {
        InMemoryRecording recording = InMemoryRecording.fixture(
                Shared.posthogFixture("plugin-network__rrweb-network-event.json"), "w", 0);
        recording.add("w", "[{\"type\":4,\"timestamp\":1706482394000,\"data\":{\"href\":\"http://localhost:8000/\",\"width\":800,\"height\":600}}]");
        return Inspector.inspect(recording);
    }

    @Test
    void serverTimingsAreFoldedIntoTheirParents() throws Exception {
        List<NetworkRequest> requests = fixture().network();
        assertEquals(5, requests.size());
        assertEquals(List.of(0, 0, 0, 5, 3), requests.stream().map(r -> r.serverTimings().size()).toList());
        NetworkRequest activityLog = requests.get(3);
        assertTrue(activityLog.url().contains("activity_log/important_changes"));
        assertEquals(List.of("gather_query_parts", "query_for_candidate_ids", "construct_query", "query_for_data", "serialize"),
                activityLog.serverTimings().stream().map(ServerTiming::name).toList());
        assertEquals(223.65, activityLog.serverTimings().getFirst().durationMs());
    }

    @Test
    void typesStatusSizesAndOffsets() throws Exception {
        List<NetworkRequest> requests = fixture().network();
        assertEquals(List.of(ResourceType.DOCUMENT, ResourceType.CSS, ResourceType.FETCH, ResourceType.FETCH, ResourceType.FETCH),
                requests.stream().map(NetworkRequest::type).toList());
        NetworkRequest navigation = requests.getFirst();
        assertEquals(939, navigation.t());
        assertEquals(1706482394939L, navigation.startedAt());
        assertEquals(200, navigation.status());
        assertEquals(82597L, navigation.sizeBytes());
        assertEquals("GET", navigation.method());
        assertEquals(5704.5999999940395, navigation.durationMs());
        assertEquals(4808.9, navigation.timings().waiting(), 0.001);
        assertEquals(73.3, navigation.timings().receive(), 0.001);
        assertEquals(-1, navigation.timings().ssl());
        NetworkRequest css = requests.get(1);
        assertEquals(0, css.status());
        assertFalse(css.failed(), "status 0 without an error is an opaque response, not a failure");
        assertEquals(NetworkTimings.UNKNOWN, css.timings());
        assertEquals(947L, requests.get(3).sizeBytes());
        assertEquals(1706482405578L - 1706482394000L, requests.get(3).t());
        assertTrue(requests.stream().noneMatch(NetworkRequest::failed));
    }

    @Test
    void failuresHeadersBodiesAndMobileSamples() throws Exception {
        String events = """
            [{"type":6,"timestamp":1000,"data":{"plugin":"rrweb/network@1","payload":{"requests":[
              {"name":"https://x.test/api","method":"POST","initiatorType":"fetch","entryType":"resource","status":500,
               "timestamp":1000,"duration":12,"requestHeaders":{"content-type":"application/json"},"requestBody":"{\\"q\\":1}",
               "responseHeaders":{"x-id":"7"},"responseBody":"oops"},
              {"name":"https://x.test/down","initiatorType":"xmlhttprequest","status":0,"error":"net::ERR_FAILED","timestamp":1005},
              {"name":"https://x.test/logo.png","initiatorType":"img","responseStatus":0,"timestamp":1010},
              {"name":"https://1.bp.blogspot.com/a.jpg","method":"GET","initiatorType":"fetch","entryType":"resource",
               "responseStatus":200,"timestamp":1020,"duration":28,"transferSize":82375}]}}}]
            """;
        List<NetworkRequest> requests = Inspector.inspect(new InMemoryRecording().add("w", events)).network();
        assertEquals(List.of(true, true, false, false), requests.stream().map(NetworkRequest::failed).toList());
        NetworkRequest post = requests.getFirst();
        assertEquals("POST", post.method());
        assertEquals("application/json", post.requestHeaders().get("content-type"));
        assertEquals("{\"q\":1}", post.requestBody());
        assertEquals("oops", post.responseBody());
        assertEquals(ResourceType.IMAGE, requests.get(2).type());
        NetworkRequest mobile = requests.get(3);
        assertEquals(200, mobile.status());
        assertEquals(82375L, mobile.sizeBytes());
        assertEquals(20, mobile.t());
    }
}
