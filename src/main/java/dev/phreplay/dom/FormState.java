package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Live form state as the browser keeps it: input values by value mode, checkedness with radio
 * groups, textarea values and select/option selectedness.
 */
public final class FormState {
    private static final Set<String> DEFAULT_MODE = Set.of("hidden", "submit", "image", "reset", "button");
    private static final Set<String> TYPES = Set.of("hidden", "text", "search", "tel", "url", "email", "password", "date",
            "month", "week", "time", "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit",
            "image", "reset", "button");

    private FormState() {}

    /** rrweb's applyInput: {@code checked = isChecked; value = text}. */
    static void applyInput(Mirror mirror, IncrementalData.Input input) {
        MirrorNode node = mirror.nodes.get(input.id());
        if (node == null) {
            if (input.id() != -1) {
                mirror.skipped.count(SkipCounters.Reason.TARGET_MISSING);
            }
            return;
        }
        if (!(node instanceof MirrorElement element)) {
            return;
        }
        if (element.is("input")) {
            String type = inputType(element);
            setChecked(mirror, element, input.isChecked());
            if (DEFAULT_MODE.contains(type) || type.equals("checkbox") || type.equals("radio")) {
                element.setAttribute("value", input.text());
                for (MirrorListener listener : mirror.listeners) {
                    listener.attributeChanged(element, "value", input.text());
                }
            } else if (!type.equals("file") || input.text().isEmpty()) {
                element.setValue(input.text());
            }
        } else if (element.is("textarea")) {
            element.setValue(input.text());
        } else if (element.is("select")) {
            selectValue(element, input.text());
        } else {
            return;
        }
        for (MirrorListener listener : mirror.listeners) {
            listener.inputChanged(element);
        }
    }

    private static void setChecked(Mirror mirror, MirrorElement input, boolean checked) {
        input.setChecked(checked);
        String name = input.attribute("name");
        if (!checked || !"radio".equals(inputType(input)) || name == null || name.isEmpty()) {
            return;
        }
        MirrorNode root = input;
        while (root.parent() != null) {
            root = root.parent();
        }
        MirrorElement form = formOwner(input);
        for (MirrorElement other : Walk.elements(root)) {
            if (other != input && other.is("input") && "radio".equals(inputType(other)) && name.equals(other.attribute("name"))
                    && formOwner(other) == form && isChecked(other)) {
                other.setChecked(false);
                for (MirrorListener listener : mirror.listeners) {
                    listener.inputChanged(other);
                }
            }
        }
    }

    private static MirrorElement formOwner(MirrorElement element) {
        for (MirrorElement e = element.parentElement(); e != null; e = e.parentElement()) {
            if (e.is("form")) {
                return e;
            }
        }
        return null;
    }

    /** The input's type, lower case, {@code text} when missing or unknown. */
    public static String inputType(MirrorElement input) {
        String type = input.attribute("type");
        if (type == null) {
            return "text";
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return TYPES.contains(lower) ? lower : "text";
    }

    public static boolean isChecked(MirrorElement input) {
        return input.checked() != null ? input.checked() : input.hasAttribute("checked");
    }

    /** The value the element's {@code value} property returns. */
    public static String value(MirrorElement element) {
        if (element.is("textarea")) {
            String raw = element.value() != null ? element.value() : element.textContent();
            return raw.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (element.is("select")) {
            List<MirrorElement> options = options(element);
            for (int index : selectedIndexes(element, options)) {
                return optionValue(options.get(index));
            }
            return "";
        }
        String type = inputType(element);
        String attribute = element.attribute("value");
        if (type.equals("checkbox") || type.equals("radio")) {
            return attribute == null ? "on" : attribute;
        }
        if (DEFAULT_MODE.contains(type)) {
            return attribute == null ? "" : attribute;
        }
        return InputSanitizer.sanitize(type, element.value() != null ? element.value() : attribute == null ? "" : attribute);
    }

    /** The option elements of a select: its option children and those of its optgroup children. */
    public static List<MirrorElement> options(MirrorElement select) {
        List<MirrorElement> options = new ArrayList<>();
        for (MirrorNode child : select.children()) {
            if (child instanceof MirrorElement element) {
                if (element.is("option")) {
                    options.add(element);
                } else if (element.is("optgroup")) {
                    for (MirrorNode grandchild : element.children()) {
                        if (grandchild instanceof MirrorElement option && option.is("option")) {
                            options.add(option);
                        }
                    }
                }
            }
        }
        return options;
    }

    /** Indexes of the selected options, after the select's selectedness setting algorithm. */
    public static List<Integer> selectedIndexes(MirrorElement select, List<MirrorElement> options) {
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            MirrorElement option = options.get(i);
            boolean on = option.selectedness() != null ? option.selectedness() : option.hasAttribute("selected");
            if (on) {
                selected.add(i);
            }
        }
        if (select.hasAttribute("multiple")) {
            return selected;
        }
        if (selected.size() > 1) {
            return List.of(selected.getLast());
        }
        if (selected.isEmpty() && displaySize(select) == 1 && !anyExplicit(options)) {
            for (int i = 0; i < options.size(); i++) {
                if (!options.get(i).hasAttribute("disabled")) {
                    return List.of(i);
                }
            }
        }
        return selected;
    }

    /** After {@code select.value = x} the browser does not re-run the selectedness algorithm. */
    private static boolean anyExplicit(List<MirrorElement> options) {
        return options.stream().anyMatch(o -> o.selectedness() != null);
    }

    private static int displaySize(MirrorElement select) {
        try {
            String size = select.attribute("size");
            return size == null ? 1 : Math.max(1, Integer.parseInt(size.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static String optionValue(MirrorElement option) {
        String value = option.attribute("value");
        if (value != null) {
            return value;
        }
        return option.textContent().strip().replaceAll("[ \\t\\n\\f\\r]+", " ");
    }

    /** {@code select.value = text}: the first option with that value becomes the only selected one. */
    static void selectValue(MirrorElement select, String text) {
        boolean found = false;
        for (MirrorElement option : options(select)) {
            boolean match = !found && optionValue(option).equals(text);
            option.setSelectedness(match);
            found |= match;
        }
    }

    /** An option with {@code selected} inserted into a single select deselects the others. */
    static void optionInserted(Mirror mirror, MirrorElement option) {
        if (!option.is("option") || !option.hasAttribute("selected")) {
            return;
        }
        MirrorElement parent = option.parentElement();
        MirrorElement select = parent != null && parent.is("optgroup") ? parent.parentElement() : parent;
        if (select == null || !select.is("select") || select.hasAttribute("multiple")) {
            return;
        }
        for (MirrorElement other : options(select)) {
            if (other.selectedness() != null || other == option) {
                other.setSelectedness(other == option);
            }
        }
        for (MirrorListener listener : mirror.listeners) {
            listener.inputChanged(select);
        }
    }
}
