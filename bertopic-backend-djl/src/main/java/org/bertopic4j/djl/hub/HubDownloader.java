package org.bertopic4j.djl.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one file of a Hub repository into the cache: {@code GET {endpoint}/{id}/resolve/{revision}/{file}},
 * following redirects itself (relative ones and cross-host CDN ones; the token is sent only to the endpoint's
 * host), reading the Hub metadata ({@code X-Repo-Commit}, {@code X-Linked-Etag}/{@code ETag},
 * {@code X-Linked-Size}) from the endpoint's responses, and verifying size and checksum before the file
 * is moved into place.
 */
final class HubDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(HubDownloader.class);
    private static final int MAX_REDIRECTS = 10;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern GIT_SHA1 = Pattern.compile("[0-9a-f]{40}");

    private final URI endpoint;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    HubDownloader(String endpoint, String token, Duration timeout) {
        this.endpoint = URI.create(endpoint + "/");
        this.token = token;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
    }

    /**
     * Hub metadata from the endpoint's own responses. As huggingface_hub reads the headers of the last
     * response after following same-host redirects, a later response's header replaces an earlier one;
     * CDN responses are never read.
     */
    private static final class Metadata {
        String commit;
        String linkedEtag;
        String etag;
        long size = -1;

        void absorb(HttpHeaders headers, boolean finalResponse) {
            commit = headers.firstValue("X-Repo-Commit").orElse(commit);
            linkedEtag = headers.firstValue("X-Linked-Etag").map(Metadata::bare).orElse(linkedEtag);
            etag = headers.firstValue("ETag").map(Metadata::bare).orElse(etag);
            Optional<String> linkedSize = headers.firstValue("X-Linked-Size");
            if (linkedSize.isPresent()) {
                size = Long.parseLong(linkedSize.get().strip());
            } else if (finalResponse && headers.firstValue("Content-Length").isPresent()) {
                size = headers.firstValueAsLong("Content-Length").orElse(-1);
            }
        }

        String etag() {
            return linkedEtag != null ? linkedEtag : etag;
        }

        private static String bare(String etag) {
            String e = etag.strip();
            e = e.startsWith("W/") ? e.substring(2) : e;
            return e.replace("\"", "");
        }
    }

    /** Downloads {@code file}; empty when the Hub answers 404 for the file (the repository exists). */
    Optional<Path> download(HubCache.Repo repo, String id, String revision, String file) {
        URI uri = endpoint.resolve(id + "/resolve/" + encodeSegment(revision) + "/" + encodePath(file));
        Metadata meta = new Metadata();
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                boolean ours = sameOrigin(uri, endpoint);
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                        .header("User-Agent", "bertopic4j").header("Accept-Encoding", "identity");
                if (ours && token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                boolean redirect = status >= 300 && status < 400 && location.isPresent();
                if (ours) {
                    meta.absorb(response.headers(), !redirect);
                }
                if (redirect) {
                    response.body().close();
                    uri = uri.resolve(location.get());
                    continue;
                }
                if (status == 200) {
                    return Optional.of(save(response, meta, repo, id, revision, file));
                }
                response.body().close();
                if (status == 404 && !response.headers().firstValue("X-Error-Code")
                        .filter(c -> c.equals("RepoNotFound") || c.equals("RevisionNotFound")).isPresent()) {
                    if (meta.commit != null && GIT_SHA1.matcher(meta.commit).matches()) {
                        repo.writeRef(revision, meta.commit);
                        repo.markMissing(meta.commit, file);
                    }
                    return Optional.empty();
                }
                throw new IOException(describeFailure(status, response.headers(), id, revision, file, uri));
            }
            throw new IOException("more than " + MAX_REDIRECTS + " redirects while downloading " + file + " of " + id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot download " + file + " of Hugging Face model " + id + " (revision "
                    + revision + ") from " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while downloading " + file + " of " + id, e));
        }
    }

    private Path save(HttpResponse<InputStream> response, Metadata meta, HubCache.Repo repo, String id,
            String revision, String file) throws IOException {
        if (meta.commit == null || !GIT_SHA1.matcher(meta.commit).matches()) {
            response.body().close();
            throw new IOException("the response has no X-Repo-Commit header with a commit hash: " + endpoint
                    + " does not look like a Hugging Face Hub (set HF_ENDPOINT to a Hub or mirror)");
        }
        String etag = meta.etag();
        LOG.info("downloading {} of {} ({} bytes) into {}", file, id, meta.size < 0 ? "?" : meta.size, repo.directory());
        Path temp = repo.newTempBlob();
        try {
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest gitSha1 = etag != null && GIT_SHA1.matcher(etag).matches() && meta.size >= 0
                    ? digest("SHA-1") : null;
            if (gitSha1 != null) {
                gitSha1.update(("blob " + meta.size + "\0").getBytes(StandardCharsets.US_ASCII));
            }
            long count = 0;
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                for (int r; (r = in.read(buffer)) >= 0; count += r) {
                    out.write(buffer, 0, r);
                    sha256.update(buffer, 0, r);
                    if (gitSha1 != null) {
                        gitSha1.update(buffer, 0, r);
                    }
                }
            } catch (IOException e) {
                throw new IOException("the download broke off after " + count + " bytes"
                        + (meta.size >= 0 ? " of " + meta.size : "") + " (" + e.getMessage() + "); nothing was kept", e);
            }
            if (meta.size >= 0 && count != meta.size) {
                throw new IOException("truncated download: got " + count + " bytes, expected " + meta.size
                        + "; nothing was kept, try again");
            }
            String actualSha256 = HexFormat.of().formatHex(sha256.digest());
            if (etag != null && SHA256.matcher(etag).matches() && !etag.equals(actualSha256)) {
                throw checksumMismatch("sha256", etag, actualSha256);
            }
            if (gitSha1 != null) {
                String actual = HexFormat.of().formatHex(gitSha1.digest());
                if (!etag.equals(actual)) {
                    throw checksumMismatch("git blob sha1", etag, actual);
                }
            }
            Path stored = repo.store(temp, Objects.requireNonNullElse(etag, actualSha256), meta.commit, file);
            repo.writeRef(revision, meta.commit);
            return stored;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static IOException checksumMismatch(String kind, String expected, String actual) {
        return new IOException("checksum mismatch (" + kind + "): the Hub announced " + expected + " but the download"
                + " has " + actual + "; nothing was kept, try again");
    }

    private static String describeFailure(int status, HttpHeaders headers, String id, String revision, String file,
            URI uri) {
        String code = headers.firstValue("X-Error-Code").orElse("");
        String message = headers.firstValue("X-Error-Message").map(m -> " (" + m + ")").orElse("");
        if (code.equals("RepoNotFound") || status == 401) {
            return "repository " + id + " not found, or private or gated (HTTP " + status + message + "): check the id,"
                    + " or set HF_TOKEN to a token with access";
        }
        if (code.equals("RevisionNotFound")) {
            return "revision " + revision + " not found in " + id + " (HTTP " + status + message + ")";
        }
        if (code.equals("GatedRepo") || status == 403) {
            return "access to " + id + " is denied (HTTP " + status + message + "): accept its conditions on the Hub"
                    + " and set HF_TOKEN";
        }
        return "HTTP " + status + message + " for " + file + " from " + uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    /** Percent-encodes a revision entirely (as Python's {@code quote(revision, safe="")}). */
    static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encodes a file path, keeping its slashes. */
    static String encodePath(String file) {
        StringBuilder sb = new StringBuilder();
        for (String part : file.split("/", -1)) {
            sb.append(sb.length() == 0 ? "" : "/").append(encodeSegment(part));
        }
        return sb.toString();
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
