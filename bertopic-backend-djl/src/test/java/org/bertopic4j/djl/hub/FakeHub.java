package org.bertopic4j.djl.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake Hugging Face Hub on 127.0.0.1 speaking the resolve protocol: small git files answer with a
 * relative 307 to {@code /api/resolve-cache/...} and then 200 with the git blob sha1 as ETag; LFS files
 * answer 302 with {@code X-Linked-Etag} (sha256) and {@code X-Linked-Size} to a second server (the "CDN",
 * another port, so another origin). Missing files get 404 {@code EntryNotFound}, unknown repos 401
 * {@code RepoNotFound}. Every request is logged with its Authorization header.
 */
final class FakeHub implements AutoCloseable {
    static final String COMMIT = "d15189d7028b43f1d3e65039190477f6af591c2a";

    /** One logged request: server ("hub" or "cdn"), path (raw, still percent-encoded), Authorization header. */
    record Request(String server, String path, String authorization) {
    }

    private final HttpServer hub;
    private final HttpServer cdn;
    private final Map<String, byte[]> gitFiles = new ConcurrentHashMap<>();
    private final Map<String, byte[]> lfsFiles = new ConcurrentHashMap<>();
    private final Map<String, String> announcedSha256 = new ConcurrentHashMap<>();
    private final Map<String, Integer> truncateTo = new ConcurrentHashMap<>();
    private final Map<String, Integer> shortChunked = new ConcurrentHashMap<>();
    final String repo;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeHub(String repo) throws IOException {
        this.repo = repo;
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        hub = HttpServer.create(local, 0);
        cdn = HttpServer.create(local, 0);
        hub.createContext("/", this::handleHub);
        cdn.createContext("/", this::handleCdn);
        hub.start();
        cdn.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + hub.getAddress().getPort();
    }

    void gitFile(String path, String content) {
        gitFiles.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    void lfsFile(String path, byte[] content) {
        lfsFiles.put(path, content);
    }

    /** Announces another sha256 than the content has (a corrupt CDN copy). */
    void announceSha256(String path, String sha256) {
        announcedSha256.put(path, sha256);
    }

    /** Sends only the first {@code bytes} bytes of an LFS file, then drops the connection. */
    void truncate(String path, int bytes) {
        truncateTo.put(path, bytes);
    }

    /** Sends only the first {@code bytes} bytes of an LFS file as a complete chunked body (no Content-Length). */
    void shortChunked(String path, int bytes) {
        shortChunked.put(path, bytes);
    }

    long hubRequests() {
        return requests.size();
    }

    private void handleHub(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        requests.add(new Request("hub", path, ex.getRequestHeaders().getFirst("Authorization")));
        String cachePrefix = "/api/resolve-cache/models/" + repo + "/" + COMMIT + "/";
        if (path.startsWith(cachePrefix)) {
            byte[] body = gitFiles.get(path.substring(cachePrefix.length()));
            ex.getResponseHeaders().add("X-Repo-Commit", COMMIT);
            ex.getResponseHeaders().add("ETag", "\"" + gitSha1(body) + "\"");
            send(ex, 200, body, body.length);
            return;
        }
        String resolvePrefix = "/" + repo + "/resolve/";
        if (!path.startsWith(resolvePrefix)) {
            ex.getResponseHeaders().add("X-Error-Code", "RepoNotFound");
            send(ex, 401, new byte[0], 0);
            return;
        }
        String rest = path.substring(resolvePrefix.length());
        String file = rest.substring(rest.indexOf('/') + 1);
        ex.getResponseHeaders().add("X-Repo-Commit", COMMIT);
        if (gitFiles.containsKey(file)) {
            ex.getResponseHeaders().add("Location", cachePrefix + file + "?etag=x"); // relative, same host
            send(ex, 307, new byte[0], 0);
        } else if (lfsFiles.containsKey(file)) {
            byte[] body = lfsFiles.get(file);
            ex.getResponseHeaders().add("X-Linked-Etag", "\"" + announcedSha256.getOrDefault(file, sha256(body)) + "\"");
            ex.getResponseHeaders().add("X-Linked-Size", Integer.toString(body.length));
            ex.getResponseHeaders().add("ETag", "W/\"not-the-content-hash\"");
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + cdn.getAddress().getPort() + "/blobs/" + file
                    + "?signature=abc");
            send(ex, 302, new byte[0], 0);
        } else {
            ex.getResponseHeaders().add("X-Error-Code", "EntryNotFound");
            send(ex, 404, new byte[0], 0);
        }
    }

    private void handleCdn(HttpExchange ex) throws IOException {
        String file = ex.getRequestURI().getPath().substring("/blobs/".length());
        requests.add(new Request("cdn", ex.getRequestURI().getRawPath(), ex.getRequestHeaders().getFirst("Authorization")));
        byte[] body = lfsFiles.get(file);
        ex.getResponseHeaders().add("ETag", "\"md5-of-something-else\"");
        Integer cut = truncateTo.get(file);
        if (cut != null) {
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            out.write(body, 0, cut);
            out.flush();
            ex.close(); // fewer bytes than Content-Length: the server drops the connection
            return;
        }
        Integer chunked = shortChunked.get(file);
        if (chunked != null) {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body, 0, chunked);
            }
            return;
        }
        send(ex, 200, body, body.length);
    }

    private static void send(HttpExchange ex, int status, byte[] body, int length) throws IOException {
        ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static String sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    static String gitSha1(byte[] data) {
        byte[] header = ("blob " + data.length + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[header.length + data.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(data, 0, all, header.length, data.length);
        return digest("SHA-1", all);
    }

    private static String digest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        hub.stop(0);
        cdn.stop(0);
    }
}
