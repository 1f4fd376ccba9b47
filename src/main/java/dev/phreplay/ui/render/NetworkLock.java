package dev.phreplay.ui.render;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps recordings offline. WebView fetches http(s) through {@code java.net.http.HttpClient},
 * which asks the default {@link ProxySelector} for every request (media through URLConnection
 * asks it too); while locked this selector answers with a proxy on the loopback interface that
 * closes every connection at once, so the request fails promptly and never leaves the machine.
 * (Throwing from {@code select} instead leaves WebKit's loads pending forever.) It counts the distinct URLs refused
 * so that the player can say how many external resources it blocked. "Load remote resources"
 * is an opt-in that the player turns off again whenever another recording opens.
 */
public final class NetworkLock extends ProxySelector {
    private static final NetworkLock INSTANCE = new NetworkLock();

    private volatile ProxySelector previous;
    private volatile boolean remoteAllowed;
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private NetworkLock() {}

    /** Installs the lock as the JVM's default proxy selector (once) and returns it. */
    public static synchronized NetworkLock install() {
        ProxySelector current = ProxySelector.getDefault();
        if (current != INSTANCE) {
            INSTANCE.previous = current;
            ProxySelector.setDefault(INSTANCE);
        }
        return INSTANCE;
    }

    public boolean remoteAllowed() {
        return remoteAllowed;
    }

    public void setRemoteAllowed(boolean allowed) {
        remoteAllowed = allowed;
        fire();
    }

    /** Starts a new recording: locked again, nothing counted. */
    public void reset() {
        remoteAllowed = false;
        blocked.clear();
        fire();
    }

    public int blockedCount() {
        return blocked.size();
    }

    public List<String> blockedUrls() {
        return List.copyOf(blocked);
    }

    /** Called on the network thread that asked; listeners must hop to the FX thread themselves. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (remoteAllowed) {
            ProxySelector delegate = previous;
            return delegate == null ? List.of(Proxy.NO_PROXY) : delegate.select(uri);
        }
        if (blocked.add(String.valueOf(uri))) {
            fire();
        }
        return List.of(Blackhole.proxy());
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        ProxySelector delegate = previous;
        if (remoteAllowed && delegate != null) {
            delegate.connectFailed(uri, address, failure);
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
