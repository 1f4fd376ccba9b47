package dev.phreplay.event;

/** rrweb's numeric {@code EventType} values. */
public final class EventType {
    public static final int DOM_CONTENT_LOADED = 0;
    public static final int LOAD = 1;
    public static final int FULL_SNAPSHOT = 2;
    public static final int INCREMENTAL_SNAPSHOT = 3;
    public static final int META = 4;
    public static final int CUSTOM = 5;
    public static final int PLUGIN = 6;
    public static final int ASSET = 7;

    private static final String[] NAMES = {
        "DomContentLoaded", "Load", "FullSnapshot", "IncrementalSnapshot", "Meta", "Custom", "Plugin", "Asset"};

    private EventType() {}

    public static String name(int type) {
        return type >= 0 && type < NAMES.length ? NAMES[type] : "Unknown(" + type + ")";
    }
}
