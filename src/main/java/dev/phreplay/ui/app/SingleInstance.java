package dev.phreplay.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * One player per user: the first instance listens on a loopback port and writes the port and a
 * random token to {@code instance} in the user's config folder (readable by that user only). A
 * second launch sends its files there and exits. Loopback only; a wrong token is ignored.
 */
public final class SingleInstance implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private final ServerSocket server;
    private final Path file;
    private final String token;

    private SingleInstance(ServerSocket server, Path file, String token) {
        this.server = server;
        this.file = file;
        this.token = token;
    }

    public static Path handOffFile() {
        return UserDirs.config().resolve("instance");
    }

    /** Sends {@code files} to a running instance; false when none answers (then start one). */
    public static boolean handOff(List<Path> files) {
        Path file = handOffFile();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return false;
            }
            int port = Integer.parseInt(lines.get(0).trim());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                socket.setSoTimeout(CONNECT_TIMEOUT_MS * 5);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
                out.println(lines.get(1).trim());
                files.forEach(path -> out.println(path.toAbsolutePath().normalize()));
                out.println();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                return "OK".equals(in.readLine());
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Becomes the running instance; {@code open} is called on the listener thread for each file received. */
    public static SingleInstance listen(Consumer<Path> open) {
        try {
            ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Path file = handOffFile();
            write(file, server.getLocalPort() + "\n" + token + "\n");
            SingleInstance instance = new SingleInstance(server, file, token);
            Thread thread = new Thread(() -> instance.serve(open), "phreplay-instance");
            thread.setDaemon(true);
            thread.start();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for other launches", e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "instance", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file lives in the user's own profile folder
        }
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void serve(Consumer<Path> open) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                receive(socket, open);
            } catch (IOException e) {
                // one failed hand-off; keep listening
            }
        }
    }

    private void receive(Socket socket, Consumer<Path> open) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        if (!token.equals(in.readLine())) {
            return;
        }
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            open.accept(Path.of(line));
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
        out.println("OK");
    }

    @Override
    public void close() {
        try {
            server.close();
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (lines.size() >= 2 && lines.get(1).trim().equals(token)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a stale file is harmless: the next launch finds nobody listening and takes over
        }
    }
}
