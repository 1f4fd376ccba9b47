package dev.phreplay.format;

/** The stable finding codes; each is documented in docs/FORMAT.md. */
public final class FindingCode {
    public static final String ZIP_INVALID = "zip.invalid";
    public static final String ZIP_TOO_MANY_ENTRIES = "zip.too-many-entries";
    public static final String PACKAGE_TOO_LARGE = "package.too-large";
    public static final String MANIFEST_MISSING = "manifest.missing";
    public static final String MANIFEST_MALFORMED = "manifest.malformed";
    public static final String MANIFEST_SCHEMA = "manifest.schema";
    public static final String MANIFEST_VERSION_UNSUPPORTED = "manifest.version-unsupported";
    public static final String MANIFEST_VERSION_NEWER = "manifest.version-newer";
    public static final String MANIFEST_CHECKSUM_MISSING = "manifest.checksum-missing";
    public static final String MANIFEST_CHECKSUM_MISMATCH = "manifest.checksum-mismatch";
    public static final String ENTRY_CHECKSUM_MISMATCH = "entry.checksum-mismatch";
    public static final String ENTRY_SIZE_MISMATCH = "entry.size-mismatch";
    public static final String ENTRY_MISSING = "entry.missing";
    public static final String ENTRY_UNLISTED = "entry.unlisted";
    public static final String ENTRY_UNKNOWN = "entry.unknown";
    public static final String ENTRY_ZIP_SLIP = "entry.zip-slip";
    public static final String ENTRY_DUPLICATE = "entry.duplicate";
    public static final String ENTRY_TOO_LARGE = "entry.too-large";
    public static final String ENTRY_ZIP_BOMB = "entry.zip-bomb";
    public static final String ENTRY_CORRUPT = "entry.corrupt";
    public static final String ENTRY_COMPRESSION_UNSUPPORTED = "entry.compression-unsupported";
    public static final String METADATA_MALFORMED = "metadata.malformed";
    public static final String EVENTS_MALFORMED_LINE = "events.malformed-line";
    public static final String EVENTS_OUT_OF_ORDER = "events.out-of-order";
    public static final String EVENTS_UNKNOWN_TYPE = "events.unknown-type";
    public static final String EVENTS_UNKNOWN_SOURCE = "events.unknown-source";
    public static final String EVENTS_COUNT_MISMATCH = "events.count-mismatch";
    public static final String WINDOW_EMPTY = "window.empty";
    public static final String WINDOW_NO_FULL_SNAPSHOT = "window.no-full-snapshot";
    public static final String IMPORT_FAILED = "import.failed";
    public static final String IMPORT_NO_TIMESTAMP = "import.no-timestamp";
    public static final String IMPORT_UNKNOWN_COMPRESSION = "import.unknown-compression";
    public static final String IMPORT_META_MISSING = "import.meta-missing";
    public static final String IMPORT_DUPLICATES_DROPPED = "import.duplicates-dropped";
    public static final String IMPORT_REORDERED = "import.reordered";

    private FindingCode() {}
}
