package io.highbar.loadtool;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The tool only ever talks to this machine: every target host must be a literal loopback address or a name
 * that resolves only to loopback addresses ({@code localhost}). Anything else is refused before a single
 * request is sent, so a typo cannot turn the tool into a load generator against someone else's server.
 */
public final class LoopbackGuard {

    private LoopbackGuard() {
    }

    /** Checks an http(s) URL; returns it parsed. */
    public static URI requireLoopbackUrl(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": '" + url + "' is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new UsageException(option + ": '" + url + "' must be an http:// or https:// URL");
        }
        if (uri.getHost() == null) {
            throw new UsageException(option + ": '" + url + "' has no host");
        }
        requireLoopbackHost(option, uri.getHost());
        return uri;
    }

    /** Checks a Kafka bootstrap list {@code host:port[,host:port...]}. */
    public static void requireLoopbackBootstrap(String option, String bootstrap) {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new UsageException(option + " needs host:port");
        }
        for (String server : bootstrap.split(",")) {
            String s = server.trim();
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                throw new UsageException(option + ": '" + s + "' must be host:port");
            }
            String host = s.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                int port = Integer.parseInt(s.substring(colon + 1));
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new UsageException(option + ": '" + s + "' has no valid port");
            }
            requireLoopbackHost(option, host);
        }
    }

    /** Refuses a host that is not (or does not resolve only to) a loopback address. */
    public static void requireLoopbackHost(String option, String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new UsageException(option + ": cannot resolve host '" + host + "'");
        }
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new UsageException(option + ": refusing target '" + host + "' (" + address.getHostAddress()
                        + "): the load tool only targets loopback addresses (localhost, 127.0.0.0/8, ::1)");
            }
        }
    }
}
