package dev.phreplay.inspect;

/**
 * The phases of a request in milliseconds, HAR style: -1 when the recording does not tell
 * (cross-origin entries without Timing-Allow-Origin report zeros, mobile SDKs only a duration).
 */
public record NetworkTimings(double blocked, double dns, double connect, double ssl, double send, double waiting,
                             double receive) {
    public static final NetworkTimings UNKNOWN = new NetworkTimings(-1, -1, -1, -1, -1, -1, -1);
}
