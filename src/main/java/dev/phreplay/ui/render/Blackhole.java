package dev.phreplay.ui.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;

/** A proxy on 127.0.0.1 that this process owns and that closes every connection unread. */
final class Blackhole {
    private static Proxy proxy;

    private Blackhole() {}

    static synchronized Proxy proxy() {
        if (proxy == null) {
            proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), start()));
        }
        return proxy;
    }

    private static int start() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(() -> acceptAndClose(server), "phreplay-network-lock");
            thread.setDaemon(true);
            thread.start();
            return server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the loopback socket of the network lock", e);
        }
    }

    private static void acceptAndClose(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                // a failed accept only means one refused request less to close
            }
        }
    }
}
