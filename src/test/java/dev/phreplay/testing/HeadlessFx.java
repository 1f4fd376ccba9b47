package dev.phreplay.testing;

/**
 * The pom passes {@code -Dtestfx.headless=true}, which makes TestFX look for Monocle; the tests
 * run on JavaFX's own Headless glass platform ({@code -Dglass.platform=Headless}) instead, so
 * TestFX must not switch platforms. Call from a static initializer before TestFX starts.
 */
public final class HeadlessFx {
    private HeadlessFx() {}

    public static void useJavaFxHeadlessPlatform() {
        System.clearProperty("testfx.headless");
    }
}
