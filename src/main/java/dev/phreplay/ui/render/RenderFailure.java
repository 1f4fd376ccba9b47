package dev.phreplay.ui.render;

/** An op that the page could not apply, with the index of the event that caused it (-1: none). */
public record RenderFailure(int eventIndex, String message) {
    static RenderFailure parse(String text) {
        int tab = text.indexOf('\t');
        if (tab < 0) {
            return new RenderFailure(-1, text);
        }
        int index;
        try {
            index = Integer.parseInt(text.substring(0, tab));
        } catch (NumberFormatException e) {
            index = -1;
        }
        return new RenderFailure(index, text.substring(tab + 1));
    }
}
