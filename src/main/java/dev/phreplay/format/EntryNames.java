package dev.phreplay.format;

import java.util.Optional;

/** Rules for entry names: relative, forward slashes only, no {@code ..} (the "zip slip" attack). */
final class EntryNames {
    private EntryNames() {}

    /** Why the name is unsafe, or empty when it is safe to use as a relative path. */
    static Optional<String> unsafe(String name) {
        if (name.isEmpty()) {
            return Optional.of("the entry name is empty");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("the entry name is absolute");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("the entry name holds a backslash");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of("the entry name holds a NUL character");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("the entry name climbs out of the package with \"..\"");
            }
        }
        return Optional.empty();
    }
}
