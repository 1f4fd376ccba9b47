package dev.phreplay.dom;

/**
 * The latest known picture of a canvas: a data URL (from {@code rr_dataURL} or a recoverable
 * {@code drawImage}), or null with a note when the commands cannot be turned into a picture here.
 */
public record CanvasImage(String dataUrl, String note) {}
