package dev.phreplay.dom;

import dev.phreplay.event.SerializedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rrweb-snapshot's {@code buildNode} for one element: tag mapping, the first attribute pass with
 * its renames and skips, the second pass of {@code rr_*} attributes, the style and textarea text.
 * Serialised children are not built here.
 */
final class ElementFactory {
    private static final Map<String, String> TAG_MAP = Map.ofEntries(
            Map.entry("script", "noscript"), Map.entry("altglyph", "altGlyph"), Map.entry("altglyphdef", "altGlyphDef"),
            Map.entry("altglyphitem", "altGlyphItem"), Map.entry("animatecolor", "animateColor"),
            Map.entry("animatemotion", "animateMotion"), Map.entry("animatetransform", "animateTransform"),
            Map.entry("clippath", "clipPath"), Map.entry("feblend", "feBlend"), Map.entry("fecolormatrix", "feColorMatrix"),
            Map.entry("fecomponenttransfer", "feComponentTransfer"), Map.entry("fecomposite", "feComposite"),
            Map.entry("feconvolvematrix", "feConvolveMatrix"), Map.entry("fediffuselighting", "feDiffuseLighting"),
            Map.entry("fedisplacementmap", "feDisplacementMap"), Map.entry("fedistantlight", "feDistantLight"),
            Map.entry("fedropshadow", "feDropShadow"), Map.entry("feflood", "feFlood"), Map.entry("fefunca", "feFuncA"),
            Map.entry("fefuncb", "feFuncB"), Map.entry("fefuncg", "feFuncG"), Map.entry("fefuncr", "feFuncR"),
            Map.entry("fegaussianblur", "feGaussianBlur"), Map.entry("feimage", "feImage"), Map.entry("femerge", "feMerge"),
            Map.entry("femergenode", "feMergeNode"), Map.entry("femorphology", "feMorphology"),
            Map.entry("feoffset", "feOffset"), Map.entry("fepointlight", "fePointLight"),
            Map.entry("fespecularlighting", "feSpecularLighting"), Map.entry("fespotlight", "feSpotLight"),
            Map.entry("fetile", "feTile"), Map.entry("feturbulence", "feTurbulence"),
            Map.entry("foreignobject", "foreignObject"), Map.entry("glyphref", "glyphRef"),
            Map.entry("lineargradient", "linearGradient"), Map.entry("radialgradient", "radialGradient"));
    static final String RR_SPLIT = "/* rr_split */";

    private final Mirror mirror;

    ElementFactory(Mirror mirror) {
        this.mirror = mirror;
    }

    static String tagName(SerializedNode.Element n) {
        String tag = TAG_MAP.getOrDefault(n.tagName(), n.tagName());
        if (tag.equals("link") && n.attributes().containsKey("_cssText")) {
            tag = "style";
        }
        return tag;
    }

    /** A textarea's recorded value replaces its serialised children. */
    static boolean discardsChildren(SerializedNode.Element n) {
        return tagName(n).equals("textarea") && n.attributes().containsKey("value");
    }

    /**
     * Builds the element. When it holds a {@code _cssText} and has text children, the texts those
     * children must take are returned through {@code childTexts} (index = position among text children).
     */
    MirrorElement build(SerializedNode.Element n, List<String> childTexts) {
        String tag = tagName(n);
        MirrorElement element = new MirrorElement(n.id(), tag, n.isSvg() ? Namespaces.SVG : null);
        element.meta = n;
        if (n.isCustom()) {
            mirror.definedCustomElements.add(n.tagName());
        }
        Map<String, String> attributes = n.attributes();
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            if (name.startsWith("rr_") || name.equals("_cssTextSplits")) {
                continue;
            }
            if (tag.equals("style") && name.equals("_cssText")) {
                styleText(n, element, value, childTexts);
                continue;
            }
            if (tag.equals("textarea") && name.equals("value")) {
                element.appendFresh(mirror.syntheticText(value));
                continue;
            }
            if (name.equals("_cssText")) {
                continue;
            }
            firstPass(n, tag, element, name, value);
        }
        secondPass(n, tag, element);
        if (n.isShadowHost()) {
            element.attachShadow();
        }
        return element;
    }

    private void firstPass(SerializedNode.Element n, String tag, MirrorElement element, String name, String value) {
        Map<String, String> attributes = n.attributes();
        if (name.equals("onload") || name.equals("onclick") || name.startsWith("onmouse")) {
            setChecked(element, "_" + name, value);
        } else if (tag.equals("meta") && "Content-Security-Policy".equals(attributes.get("http-equiv"))
                && name.equals("content")) {
            setChecked(element, "csp-content", value);
        } else if (tag.equals("link") && ("preload".equals(attributes.get("rel")) || "modulepreload".equals(attributes.get("rel")))
                && "script".equals(attributes.get("as"))) {
            // rrweb sets none of the attributes of a script preload
        } else if (tag.equals("link") && "prefetch".equals(attributes.get("rel")) && attributes.get("href") != null
                && attributes.get("href").endsWith(".js")) {
            // nor of a script prefetch
        } else if (tag.equals("img") && has(attributes, "srcset") && has(attributes, "rr_dataURL")) {
            setChecked(element, "rrweb-original-srcset", attributes.get("srcset"));
        } else {
            setChecked(element, name, value);
        }
    }

    private static boolean has(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        return value != null && !value.isEmpty();
    }

    /** setAttribute, skipping names a browser rejects (its try/catch). */
    static void setChecked(MirrorElement element, String name, String value) {
        if (validAttributeName(name)) {
            element.setAttribute(name, value);
        }
    }

    static boolean validAttributeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0 || c == '/' || c == '>' || c == '=') {
                return false;
            }
        }
        return true;
    }

    private void secondPass(SerializedNode.Element n, String tag, MirrorElement element) {
        Map<String, String> attributes = n.attributes();
        String dataUrl = attributes.get("rr_dataURL");
        if (dataUrl != null && tag.equals("canvas")) {
            mirror.canvases.put(n.id(), new CanvasImage(dataUrl, null));
            mirror.canvasesBuilt.add(n.id());
        } else if (dataUrl != null && tag.equals("img")) {
            String src = attributes.get("src");
            if (src == null || !src.startsWith("data:")) {
                element.setAttribute("rrweb-original-src", src == null ? "undefined" : src);
                element.setAttribute("src", dataUrl);
            }
        }
        String width = attributes.get("rr_width");
        String height = attributes.get("rr_height");
        if (width != null || height != null) {
            InlineStyle style = InlineStyle.parse(element.attribute("style"));
            if (width != null) {
                style.setProperty("width", width, "");
            }
            if (height != null) {
                style.setProperty("height", height, "");
            }
            element.setAttribute("style", style.serialize());
        }
        if (tag.equals("audio") || tag.equals("video")) {
            mirror.media.put(n.id(), initialMedia(attributes));
            mirror.mediaBuilt.add(n.id());
        }
        String openMode = attributes.get("rr_open_mode");
        if (openMode != null) {
            element.setAttribute("rr_open_mode", openMode);
        }
    }

    private MediaState initialMedia(Map<String, String> attributes) {
        String state = attributes.get("rr_mediaState");
        boolean playing = state == null ? attributes.containsKey("autoplay") : state.equals("played");
        return new MediaState(playing, number(attributes.get("rr_mediaCurrentTime"), 0), mirror.currentTime,
                number(attributes.get("rr_mediaPlaybackRate"), 1), flag(attributes.get("rr_mediaLoop")),
                number(attributes.get("rr_mediaVolume"), 1), flag(attributes.get("rr_mediaMuted")));
    }

    /** The decoder turns a JSON {@code true} into "" (rrweb's boolean attribute). */
    private static boolean flag(String text) {
        return text != null && (text.isEmpty() || text.equals("true"));
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

    /** rrweb's buildStyleNode with the {@code /* rr_split *}{@code /} markers of 2.1.0. */
    private void styleText(SerializedNode.Element n, MirrorElement element, String cssText, List<String> childTexts) {
        int textChildren = 0;
        for (SerializedNode child : n.childNodes()) {
            if (child instanceof SerializedNode.Text) {
                textChildren++;
            }
        }
        if (n.childNodes().isEmpty()) {
            element.appendFresh(mirror.syntheticText(mirror.css.adapt(cssText)));
            return;
        }
        String offsets = n.attributes().get("_cssTextSplits");
        if (offsets != null) {
            splitByOffsets(n, cssText, offsets, childTexts);
            return;
        }
        List<String> parts = new ArrayList<>(List.of(cssText.split(java.util.regex.Pattern.quote(RR_SPLIT), -1)));
        while (parts.size() > 1 && parts.size() > textChildren) {
            String last = parts.removeLast();
            parts.set(parts.size() - 1, parts.getLast() + last);
        }
        String adapted = mirror.css.adapt(String.join("", parts));
        int start = 0;
        for (int i = 0; i < textChildren && i < parts.size(); i++) {
            if (i < parts.size() - 1) {
                int end = splitPoint(adapted, start, parts.get(i), parts.get(i + 1));
                childTexts.add(adapted.substring(start, end));
                start = end;
            } else {
                childTexts.add(adapted.substring(start));
            }
        }
    }

    /**
     * The newer rrweb format: {@code _cssTextSplits} holds the end offsets of the text children's
     * parts; each part is adapted on its own, from the last child backwards.
     */
    private void splitByOffsets(SerializedNode.Element n, String cssText, String offsets, List<String> childTexts) {
        String[] splits = offsets.trim().isEmpty() ? new String[0] : offsets.trim().split(" ");
        boolean lengthOk = splits.length > 0 && parse(splits[splits.length - 1]) == cssText.length();
        List<SerializedNode> children = n.childNodes();
        String[] texts = new String[children.size()];
        String remaining = cssText;
        for (int j = children.size() - 1; j >= 0; j--) {
            int offset = splits.length >= j && j > 1 ? parse(splits[j - 2]) : 0;
            if (!(children.get(j) instanceof SerializedNode.Text)) {
                continue;
            }
            String remainder = "";
            if (offset > 0 && lengthOk && offset <= remaining.length()) {
                remainder = remaining.substring(0, offset);
                remaining = remaining.substring(offset);
            } else if (j > 1) {
                continue;
            }
            texts[j] = mirror.css.adapt(remaining);
            remaining = remainder;
        }
        for (int j = 0; j < children.size(); j++) {
            if (children.get(j) instanceof SerializedNode.Text text) {
                childTexts.add(texts[j] != null ? texts[j] : text.textContent());
            }
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int splitPoint(String adapted, int start, String current, String next) {
        for (int length = Math.min(next.length(), 30); length > 2; length--) {
            int found = adapted.indexOf(next.substring(0, length), start);
            if (found >= 0) {
                return found;
            }
        }
        return Math.min(adapted.length(), start + current.length());
    }
}
