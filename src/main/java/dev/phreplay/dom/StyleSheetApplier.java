package dev.phreplay.dom;

import dev.phreplay.dom.css.CssRule;
import dev.phreplay.dom.css.CssSheet;
import dev.phreplay.event.IncrementalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * StyleSheetRule, StyleDeclaration and AdoptedStyleSheet on the mirror's CSSOM model. Rules are
 * not adapted for {@code :hover} here, as in rrweb. Rejected operations change nothing.
 */
final class StyleSheetApplier {
    private final Mirror mirror;

    StyleSheetApplier(Mirror mirror) {
        this.mirror = mirror;
    }

    void apply(IncrementalData.StyleSheetRule data) {
        CssSheet sheet = sheet(data.styleId(), data.id());
        if (sheet == null) {
            return;
        }
        applyRules(sheet, data.adds(), data.removes());
        if (data.replace() != null) {
            sheet.replace(data.replace());
        }
        if (data.replaceSync() != null) {
            sheet.replace(data.replaceSync());
        }
        changed(data.styleId(), data.id());
    }

    private void applyRules(CssSheet sheet, List<IncrementalData.RuleAdd> adds, List<IncrementalData.RuleIndex> removes) {
        for (IncrementalData.RuleAdd add : adds) {
            boolean ok = switch (add.index()) {
                case IncrementalData.RuleIndex.None none -> sheet.insertRule(List.of(), add.rule(), 0);
                case IncrementalData.RuleIndex.Flat flat ->
                        sheet.insertRule(List.of(), add.rule(), Math.min(flat.index(), sheet.rules().size()));
                case IncrementalData.RuleIndex.Nested nested -> !nested.path().isEmpty()
                        && sheet.insertRule(parentPath(nested.path()), add.rule(), nested.path().getLast());
            };
            if (!ok) {
                mirror.skipped.count(SkipCounters.Reason.STYLE_RULE_REJECTED);
            }
        }
        for (IncrementalData.RuleIndex index : removes) {
            boolean ok = switch (index) {
                case IncrementalData.RuleIndex.None none -> false;
                case IncrementalData.RuleIndex.Flat flat -> sheet.deleteRule(List.of(), flat.index());
                case IncrementalData.RuleIndex.Nested nested -> !nested.path().isEmpty()
                        && sheet.deleteRule(parentPath(nested.path()), nested.path().getLast());
            };
            if (!ok) {
                mirror.skipped.count(SkipCounters.Reason.STYLE_RULE_REJECTED);
            }
        }
    }

    private static List<Integer> parentPath(List<Integer> path) {
        return path.subList(0, path.size() - 1);
    }

    void apply(IncrementalData.StyleDeclaration data) {
        CssSheet sheet = sheet(data.styleId(), data.id());
        if (sheet == null) {
            return;
        }
        CssRule rule = sheet.rule(data.index());
        if (rule == null || rule.type() != CssRule.Type.STYLE) {
            mirror.skipped.count(SkipCounters.Reason.STYLE_RULE_REJECTED);
            return;
        }
        if (data.set() != null) {
            rule.setProperty(data.set().property(), data.set().value(), data.set().priority());
        }
        if (data.removeProperty() != null) {
            rule.removeProperty(data.removeProperty());
        }
        changed(data.styleId(), data.id());
    }

    void apply(IncrementalData.AdoptedStyleSheet data) {
        MirrorNode host = mirror.nodes.get(data.id());
        if (!(host instanceof MirrorDocument) && !(host instanceof MirrorElement element && element.shadowRoot() != null)) {
            mirror.skipped.count(SkipCounters.Reason.TARGET_MISSING);
            return;
        }
        for (IncrementalData.ConstructedSheet style : data.styles()) {
            CssSheet sheet = new CssSheet();
            mirror.constructedSheets.put(style.styleId(), sheet);
            applyRules(sheet, style.rules(), List.of());
        }
        List<Integer> adopted = new ArrayList<>();
        for (int id : data.styleIds()) {
            if (mirror.constructedSheets.containsKey(id)) {
                adopted.add(id);
            }
        }
        mirror.adoptedSheets.put(data.id(), List.copyOf(adopted));
        for (MirrorListener listener : mirror.listeners) {
            listener.styleSheetsChanged(host);
        }
        adoptedChanged(data.id(), host);
    }

    private void adoptedChanged(int hostId, MirrorNode host) {
        if (mirror.listeners.isEmpty()) {
            return;
        }
        List<String> texts = mirror.adoptedSheets(hostId).stream().map(CssSheet::cssText).toList();
        for (MirrorListener listener : mirror.listeners) {
            listener.adoptedSheetsChanged(host, texts);
        }
    }

    private CssSheet sheet(Integer styleId, Integer id) {
        if (styleId != null) {
            CssSheet sheet = mirror.constructedSheets.get(styleId);
            if (sheet == null) {
                mirror.skipped.count(SkipCounters.Reason.STYLE_SHEET_MISSING);
            }
            return sheet;
        }
        if (id != null && mirror.nodes.get(id) instanceof MirrorElement element && element.is("style")) {
            return element.sheet();
        }
        mirror.skipped.count(SkipCounters.Reason.STYLE_SHEET_MISSING);
        return null;
    }

    private void changed(Integer styleId, Integer id) {
        MirrorNode owner = id == null ? null : mirror.nodes.get(id);
        for (MirrorListener listener : mirror.listeners) {
            listener.styleSheetsChanged(owner);
        }
        if (styleId != null) {
            for (Map.Entry<Integer, List<Integer>> adopted : mirror.adoptedSheets.entrySet()) {
                MirrorNode host = mirror.nodes.get(adopted.getKey());
                if (adopted.getValue().contains(styleId) && host != null) {
                    adoptedChanged(adopted.getKey(), host);
                }
            }
        }
    }
}
