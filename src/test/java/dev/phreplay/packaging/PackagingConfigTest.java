package dev.phreplay.packaging;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The installer configuration in packaging/ and icons/ is only exercised by jpackage on each OS's own CI runner;
 * these checks catch a broken reference or an inconsistent file association on any machine.
 */
class PackagingConfigTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final Pattern PATH_OPTION = Pattern.compile(
            "^--(?:icon|file-associations|license-file|add-launcher [^=\\s]+=)\\s*(\\S+)", Pattern.MULTILINE);

    @ParameterizedTest
    @CsvSource({"linux, .png", "windows, .ico", "macos, .icns"})
    void fileAssociationIsTheSameOnEveryOsWithThatOsIconFormat(String os, String iconSuffix) throws IOException {
        Properties association = load(PACKAGING.resolve(os).resolve("file-association.properties"));
        Path icon = Path.of(association.getProperty("icon", ""));
        assertAll(
                () -> assertEquals("phreplay", association.getProperty("extension")),
                () -> assertEquals("application/vnd.phreplay+zip", association.getProperty("mime-type")),
                () -> assertEquals("phreplay session recording", association.getProperty("description")),
                () -> assertTrue(icon.toString().endsWith(iconSuffix), "icon " + icon + " is not " + iconSuffix),
                () -> assertTrue(Files.isRegularFile(icon), "icon " + icon + " does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentFiles")
    void everyFileNamedInAJpackageArgumentFileExists(Path argumentFile) throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher option = PATH_OPTION.matcher(Files.readString(argumentFile));
        while (option.find()) {
            if (!Files.isRegularFile(Path.of(option.group(1)))) {
                missing.add(option.group(1));
            }
        }
        assertEquals(List.of(), missing, "files named in " + argumentFile);
    }

    static Stream<Path> argumentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PACKAGING)) {
            return files.filter(file -> file.toString().endsWith(".txt")).toList().stream();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512, 1024})
    void appAndDocumentIconsExistAtEverySize(int size) throws IOException {
        for (String icon : List.of("app", "document")) {
            Path png = Path.of("icons", "png", icon, icon + "-" + size + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(size, image.getWidth(), png + " width");
            assertEquals(size, image.getHeight(), png + " height");
            assertTrue(image.getColorModel().hasAlpha(), png + " has no transparency");
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
