package dev.phreplay.dom;

import java.util.List;

/** The last recorded selection: node ids and offsets, as rrweb's Selection source. */
public record SelectionState(List<Range> ranges) {
    public record Range(int start, int startOffset, int end, int endOffset) {}
}
