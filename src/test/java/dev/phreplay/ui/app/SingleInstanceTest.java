package dev.phreplay.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path config;
    private String previous;

    @BeforeEach
    void useTempConfig() {
        previous = System.getProperty("phreplay.config.dir");
        System.setProperty("phreplay.config.dir", config.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("phreplay.config.dir");
        } else {
            System.setProperty("phreplay.config.dir", previous);
        }
    }

    @Test
    void aSecondLaunchHandsItsFileToTheRunningPlayer() throws Exception {
        List<Path> received = new CopyOnWriteArrayList<>();
        assertFalse(SingleInstance.handOff(List.of(Path.of("x.phreplay"))), "nobody is running yet");
        try (SingleInstance running = SingleInstance.listen(received::add)) {
            assertTrue(SingleInstance.handOff(List.of(Path.of("some/recording.phreplay"))));
            assertEquals(List.of(Path.of("some/recording.phreplay").toAbsolutePath().normalize()), received);
        }
        assertFalse(Files.exists(SingleInstance.handOffFile()), "closing removes the hand-off file");
        assertFalse(SingleInstance.handOff(List.of(Path.of("x.phreplay"))), "a closed player takes nothing");
    }

    @Test
    void aConnectionWithoutTheTokenIsIgnored() throws Exception {
        List<Path> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(received::add)) {
            int port = Integer.parseInt(Files.readAllLines(SingleInstance.handOffFile()).get(0));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true);
                out.println("not-the-token");
                out.println("/etc/passwd");
                out.println();
                assertEquals(-1, socket.getInputStream().read(), "closed without an answer");
            }
            assertEquals(List.of(), received);
        }
    }
}
