import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars into a folder with every entry stored uncompressed.
 *
 * <p>Used by the {@code installer} Maven profile: the installers compress their payload themselves (xz for .deb/.rpm),
 * and xz shrinks raw native libraries and classes far better than it shrinks deflated ones (JavaFX WebKit alone:
 * 47 MB deflated, 31 MB as xz of the raw library). Entry names, order and times are kept; contents are unchanged.
 *
 * <p>Run with the source launcher: {@code java src/build/java/StoreJars.java OUT_DIR JAR...}
 */
public final class StoreJars {

    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java StoreJars.java OUT_DIR JAR...");
            System.exit(2);
        }
        Path outDir = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            store(jar, outDir.resolve(jar.getFileName()));
        }
    }

    private static void store(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source);
             ZipInputStream zipIn = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(target);
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                byte[] content = zipIn.readAllBytes();
                zipOut.putNextEntry(storedCopy(entry, content));
                zipOut.write(content);
                zipOut.closeEntry();
            }
        }
    }

    private static ZipEntry storedCopy(ZipEntry original, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry copy = new ZipEntry(original.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(content.length);
        copy.setCompressedSize(content.length);
        copy.setCrc(crc.getValue());
        copy.setTime(original.getTime());
        return copy;
    }
}
