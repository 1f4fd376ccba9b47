package dev.phreplay.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The {@code data} of an incremental snapshot, one record per rrweb {@code IncrementalSource}. */
public sealed interface IncrementalData {
    /** The numeric source code, as recorded. */
    int source();

    // ---- 0 Mutation ---------------------------------------------------------------------------

    record Mutation(List<TextChange> texts, List<AttributeChange> attributes, List<Removal> removes,
                    List<Addition> adds, boolean isAttachIframe) implements IncrementalData {
        public int source() { return IncrementalSource.MUTATION.code(); }

        public boolean isEmpty() {
            return texts.isEmpty() && attributes.isEmpty() && removes.isEmpty() && adds.isEmpty();
        }
    }

    /** {@code value} is null when the recorder saw a null text. */
    record TextChange(int id, String value) {}

    record AttributeChange(int id, Map<String, AttributeValue> attributes) {}

    /** An attribute's new value in a mutation. */
    sealed interface AttributeValue {
        record Set(String value) implements AttributeValue {}

        record Remove() implements AttributeValue {}

        /** rrweb's {@code styleOMValue}: per property a value, a value with priority, or a removal. */
        record StyleObject(Map<String, StyleProperty> properties) implements AttributeValue {}
    }

    /** {@code value} null means removeProperty. */
    record StyleProperty(String value, String priority) {}

    record Removal(int parentId, int id, boolean isShadow) {}

    /** {@code nextId}/{@code previousId} are null when absent or JSON null. */
    record Addition(int parentId, Integer nextId, Integer previousId, SerializedNode node) {}

    // ---- 1 MouseMove, 6 TouchMove, 12 Drag ------------------------------------------------------

    record PointerMove(int source, List<Position> positions) implements IncrementalData {}

    record Position(double x, double y, int id, double timeOffset) {}

    // ---- 2 MouseInteraction -------------------------------------------------------------------

    /** {@code x}, {@code y} and {@code pointerType} are null when not recorded. */
    record MouseInteraction(int type, int id, Double x, Double y, Integer pointerType) implements IncrementalData {
        public int source() { return IncrementalSource.MOUSE_INTERACTION.code(); }
    }

    // ---- 3 Scroll, 4 ViewportResize, 5 Input --------------------------------------------------

    record Scroll(int id, double x, double y) implements IncrementalData {
        public int source() { return IncrementalSource.SCROLL.code(); }
    }

    record ViewportResize(int width, int height) implements IncrementalData {
        public int source() { return IncrementalSource.VIEWPORT_RESIZE.code(); }
    }

    record Input(int id, String text, boolean isChecked, Boolean userTriggered) implements IncrementalData {
        public int source() { return IncrementalSource.INPUT.code(); }
    }

    // ---- 7 MediaInteraction -------------------------------------------------------------------

    record MediaInteraction(int type, int id, Double currentTime, Double volume, Boolean muted, Boolean loop,
                            Double playbackRate) implements IncrementalData {
        public int source() { return IncrementalSource.MEDIA_INTERACTION.code(); }
    }

    // ---- 8 StyleSheetRule, 13 StyleDeclaration, 15 AdoptedStyleSheet ----------------------------

    /** {@code id} names a style/link element, {@code styleId} a constructed sheet; one is null. */
    record StyleSheetRule(Integer id, Integer styleId, List<RuleAdd> adds, List<RuleIndex> removes,
                          String replace, String replaceSync) implements IncrementalData {
        public int source() { return IncrementalSource.STYLE_SHEET_RULE.code(); }
    }

    record RuleAdd(String rule, RuleIndex index) {}

    /** Where a rule goes: no index, a flat index into the sheet, or a nested path such as [2, 0]. */
    sealed interface RuleIndex {
        record None() implements RuleIndex {}

        record Flat(int index) implements RuleIndex {}

        record Nested(List<Integer> path) implements RuleIndex {}
    }

    record StyleDeclaration(Integer id, Integer styleId, List<Integer> index, DeclarationSet set,
                            String removeProperty) implements IncrementalData {
        public int source() { return IncrementalSource.STYLE_DECLARATION.code(); }
    }

    /** {@code value} may be null (rrweb then removes the value); {@code priority} may be null. */
    record DeclarationSet(String property, String value, String priority) {}

    record AdoptedStyleSheet(int id, List<ConstructedSheet> styles, List<Integer> styleIds)
            implements IncrementalData {
        public int source() { return IncrementalSource.ADOPTED_STYLE_SHEET.code(); }
    }

    record ConstructedSheet(int styleId, List<RuleAdd> rules) {}

    // ---- 9 CanvasMutation, 10 Font ------------------------------------------------------------

    record CanvasMutation(int id, int contextType, List<CanvasCommand> commands) implements IncrementalData {
        public int source() { return IncrementalSource.CANVAS_MUTATION.code(); }
    }

    record CanvasCommand(String property, JsonNode args, boolean setter) {}

    record Font(String family, String fontSource, boolean buffer, JsonNode descriptors) implements IncrementalData {
        public int source() { return IncrementalSource.FONT.code(); }
    }

    // ---- 11 Log (legacy), 14 Selection, 16 CustomElement --------------------------------------

    record Log(String level, List<String> trace, List<String> payload) implements IncrementalData {
        public int source() { return IncrementalSource.LOG.code(); }
    }

    record Selection(List<SelectionRange> ranges) implements IncrementalData {
        public int source() { return IncrementalSource.SELECTION.code(); }
    }

    record SelectionRange(int start, int startOffset, int end, int endOffset) {}

    /** {@code defineName} is the name given to customElements.define, or null. */
    record CustomElement(String defineName) implements IncrementalData {
        public int source() { return IncrementalSource.CUSTOM_ELEMENT.code(); }
    }

    /** A source this version does not know: kept opaque, counted, and reported by validate. */
    record Unknown(int source, JsonNode data) implements IncrementalData {}
}
