package dev.phreplay.dom;

/** rrweb's {@code handleScroll} after a rebuild: {@code rr_scrollLeft}/{@code rr_scrollTop} become scroll offsets. */
final class ScrollRestorer {
    private ScrollRestorer() {}

    static void applyRecordedScroll(MirrorNode root) {
        for (MirrorElement element : Walk.elements(root)) {
            if (element.meta == null) {
                continue;
            }
            String left = element.meta.attributes().get("rr_scrollLeft");
            String top = element.meta.attributes().get("rr_scrollTop");
            if (left != null || top != null) {
                element.setScroll(number(left, element.scrollLeft()), number(top, element.scrollTop()));
            }
        }
    }

    private static double number(String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
