package dev.phreplay.format;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code manifest.sha256}: the SHA-256 of manifest.json in {@code sha256sum} format, so that damage
 * to the manifest itself is found too (every other entry is covered by the manifest). It guards
 * against accidents, not tampering: that is what the reserved signature is for.
 */
public final class ManifestChecksum {
    public static final String PATH = "manifest.sha256";

    private ManifestChecksum() {}

    public static byte[] of(byte[] manifest) {
        String hex = HexFormat.of().formatHex(PackageWriter.sha256().digest(manifest));
        return (hex + "  " + Manifest.PATH + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** What is wrong, or empty when {@code sum} matches {@code manifest}. */
    static Optional<String> check(byte[] sum, byte[] manifest) {
        String expected = new String(of(manifest), StandardCharsets.US_ASCII).substring(0, 64);
        String text = new String(sum, StandardCharsets.US_ASCII).strip();
        if (!text.matches("[0-9a-f]{64}\\s+\\*?" + java.util.regex.Pattern.quote(Manifest.PATH))) {
            return Optional.of(PATH + " is not \"<sha256>  manifest.json\" (the entry was changed or damaged)");
        }
        if (!text.startsWith(expected)) {
            return Optional.of("manifest.json's SHA-256 is " + expected + "; " + PATH + " says " + text.substring(0, 64)
                    + " (manifest.json or " + PATH + " was changed or damaged)");
        }
        return Optional.empty();
    }
}
