package org.bertopic4j.djl.hub;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the files of a model given as a local directory or a Hugging Face id, the way
 * {@code huggingface_hub.hf_hub_download} does: ids resolve through the standard Hugging Face cache
 * ({@code $HF_HOME/hub/models--org--name/snapshots/<commit>/<file>}), so models Python already downloaded
 * are reused, and missing files are downloaded from {@code {endpoint}/{id}/resolve/{revision}/{file}}.
 *
 * <p>A download streams into a temporary file next to the cache blobs, checks the size and the checksum
 * the Hub sends ({@code X-Linked-Etag} sha256 for LFS files, the git blob sha1 {@code ETag} for others) and
 * is moved into place atomically, so an interrupted or corrupt download never leaves a file behind. Files
 * already in the cache for the requested revision are used without any network call.
 *
 * <p>Errors: a file missing from a local directory is an {@link IllegalArgumentException}; a file the
 * Hub does not have, a file missing from the cache in offline mode, and network or checksum failures are
 * {@link UncheckedIOException}s whose message names the model id and the file. Instances are immutable
 * and thread-safe.
 */
public final class ModelResolver {
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");
    static final String DEFAULT_ENDPOINT = "https://huggingface.co";

    private final HubCache cache;
    private final String endpoint;
    private final String token;
    private final boolean offline;
    private final String revision;
    private final Duration timeout;
    private volatile HubDownloader downloader;

    private ModelResolver(Builder b) {
        this.cache = new HubCache(b.cacheDirectory);
        this.endpoint = b.endpoint;
        this.token = b.token;
        this.offline = b.offline;
        this.revision = b.revision;
        this.timeout = b.timeout;
    }

    /**
     * A resolver configured like {@code huggingface_hub}: cache {@code $HF_HUB_CACHE}, else {@code $HF_HOME/hub},
     * else {@code $XDG_CACHE_HOME/huggingface/hub}, else {@code ~/.cache/huggingface/hub}; endpoint
     * {@code $HF_ENDPOINT} (default {@code https://huggingface.co}); token {@code $HF_TOKEN}
     * ({@code $HUGGING_FACE_HUB_TOKEN}, else the file {@code $HF_HOME/token}); offline when {@code HF_HUB_OFFLINE}
     * is 1, ON, YES or TRUE; revision {@code main}.
     */
    public static ModelResolver fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static ModelResolver fromEnvironment(Map<String, String> env) {
        Path home = env.containsKey("HF_HOME") ? Path.of(env.get("HF_HOME"))
                : env.containsKey("XDG_CACHE_HOME") ? Path.of(env.get("XDG_CACHE_HOME"), "huggingface")
                : Path.of(System.getProperty("user.home"), ".cache", "huggingface");
        String hubCache = env.getOrDefault("HF_HUB_CACHE", env.get("HUGGINGFACE_HUB_CACHE"));
        Builder b = builder().cacheDirectory(hubCache != null ? Path.of(hubCache) : home.resolve("hub"));
        if (env.containsKey("HF_ENDPOINT") && !env.get("HF_ENDPOINT").isBlank()) {
            b.endpoint(env.get("HF_ENDPOINT"));
        }
        String token = env.getOrDefault("HF_TOKEN", env.get("HUGGING_FACE_HUB_TOKEN"));
        if (token == null) {
            token = readTokenFile(Path.of(env.getOrDefault("HF_TOKEN_PATH", home.resolve("token").toString())));
        }
        if (token != null && !token.isBlank()) {
            b.token(token.strip());
        }
        return b.offline(truthy(env.getOrDefault("HF_HUB_OFFLINE", env.get("TRANSFORMERS_OFFLINE")))).build();
    }

    private static String readTokenFile(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean truthy(String value) {
        return value != null && switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "1", "ON", "YES", "TRUE" -> true;
            default -> false;
        };
    }

    /** A builder with the defaults of {@link #fromEnvironment()} minus the environment (for tests and apps). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The local path of a required file of a model.
     *
     * @param idOrDirectory a model directory, or a Hugging Face id such as {@code sentence-transformers/all-MiniLM-L6-v2}
     * @param file a path inside the model, such as {@code onnx/model.onnx}
     * @throws IllegalArgumentException when a local directory lacks the file, or the id is malformed
     * @throws UncheckedIOException naming the id and file when the Hub lacks it, when offline and it is not cached,
     *     or when the download fails
     */
    public Path resolve(String idOrDirectory, String file) {
        return find(idOrDirectory, file, true).orElseThrow();
    }

    /**
     * The local path of an optional file of a model, or empty when the model does not have it
     * (the Hub answers 404, or, offline, the cache does not hold it).
     *
     * @throws IllegalArgumentException when the id is malformed
     * @throws UncheckedIOException when the repository is missing or private, or the download fails
     */
    public Optional<Path> resolveOptional(String idOrDirectory, String file) {
        return find(idOrDirectory, file, false);
    }

    /**
     * Makes a model's files available on disk and returns the directory holding them: the directory itself,
     * or for a Hub id the cached snapshot directory, with every file of {@code required} and, where the model
     * has it, every file of {@code optional} fetched. For each group of {@code alternatives} (such as
     * {@code [onnx/model.onnx, model.onnx]}) the first file the model has is fetched, and one must exist.
     *
     * @throws IllegalArgumentException or UncheckedIOException as {@link #resolve(String, String)} when a
     *     required file, or every file of an alternative group, is missing
     */
    public Path snapshot(String idOrDirectory, List<String> required, List<String> optional,
                         List<List<String>> alternatives) {
        if (required.isEmpty()) {
            throw new IllegalArgumentException("required is empty: name at least one file of the model");
        }
        Path first = resolve(idOrDirectory, required.get(0));
        for (String file : required.subList(1, required.size())) {
            resolve(idOrDirectory, file);
        }
        for (String file : optional) {
            resolveOptional(idOrDirectory, file);
        }
        for (List<String> group : alternatives) {
            boolean found = false;
            for (int i = 0; i < group.size() && !found; i++) {
                found = i + 1 < group.size() ? resolveOptional(idOrDirectory, group.get(i)).isPresent()
                        : resolve(idOrDirectory, group.get(i)) != null;
            }
        }
        Path dir = first;
        for (int i = 0; i < Path.of(required.get(0)).getNameCount(); i++) {
            dir = dir.getParent();
        }
        return dir;
    }

    private Optional<Path> find(String idOrDirectory, String file, boolean required) {
        requireFile(file);
        Path local = localDirectory(idOrDirectory);
        if (local != null) {
            Path path = local.resolve(file);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
            if (required) {
                throw new IllegalArgumentException("model directory " + local.toAbsolutePath() + " has no " + file
                        + ": give a directory holding the model's files");
            }
            return Optional.empty();
        }
        HubCache.Repo repo = cache.repo(idOrDirectory);
        Optional<HubCache.Cached> cached = repo.lookup(revision, file);
        if (cached.isPresent()) {
            if (cached.get().path().isEmpty() && required) {
                throw notOnHub(idOrDirectory, file, "known missing: the cache holds a .no_exist marker");
            }
            return cached.get().path();
        }
        if (offline) {
            if (required) {
                throw new UncheckedIOException(new FileNotFoundException("HF_HUB_OFFLINE is set and " + file + " of "
                        + idOrDirectory + " (revision " + revision + ") is not in the Hugging Face cache "
                        + repo.directory() + ": download it once while online, or unset HF_HUB_OFFLINE"));
            }
            return Optional.empty();
        }
        Optional<Path> downloaded = downloader().download(repo, idOrDirectory, revision, file);
        if (downloaded.isEmpty() && required) {
            throw notOnHub(idOrDirectory, file, "HTTP 404 from " + endpoint);
        }
        return downloaded;
    }

    private UncheckedIOException notOnHub(String id, String file, String why) {
        return new UncheckedIOException(new FileNotFoundException("file " + file + " not found in Hugging Face model "
                + id + " at revision " + revision + " (" + why + ")"));
    }

    private HubDownloader downloader() {
        HubDownloader d = downloader;
        if (d == null) {
            synchronized (this) {
                if (downloader == null) {
                    downloader = new HubDownloader(endpoint, token, timeout);
                }
                d = downloader;
            }
        }
        return d;
    }

    private static void requireFile(String file) {
        if (file == null || file.isBlank() || file.startsWith("/") || file.contains("\\")
                || Path.of(file).normalize().startsWith("..")) {
            throw new IllegalArgumentException("file is '" + file + "': give a relative path inside the model"
                    + " such as onnx/model.onnx");
        }
    }

    /** The directory when {@code idOrDirectory} names an existing one, null when it is a Hub id. */
    private static Path localDirectory(String idOrDirectory) {
        if (idOrDirectory == null || idOrDirectory.isBlank()) {
            throw new IllegalArgumentException("idOrDirectory is '" + idOrDirectory
                    + "': give a model directory or a Hugging Face id such as sentence-transformers/all-MiniLM-L6-v2");
        }
        try {
            Path path = Path.of(idOrDirectory);
            if (Files.isDirectory(path)) {
                return path;
            }
        } catch (InvalidPathException e) {
            // not a path; may still be an id
        }
        if (!HUB_ID.matcher(idOrDirectory).matches() || idOrDirectory.contains("..")) {
            throw new IllegalArgumentException("idOrDirectory '" + idOrDirectory + "' is neither an existing directory"
                    + " nor a Hugging Face id (org/name): check the path");
        }
        return null;
    }

    /** The Hugging Face hub cache directory ({@code .../huggingface/hub}). */
    public Path cacheDirectory() {
        return cache.root();
    }

    /** The Hub endpoint, without a trailing slash. */
    public String endpoint() {
        return endpoint;
    }

    /** Whether the network is never used. */
    public boolean isOffline() {
        return offline;
    }

    /** The branch, tag or commit that ids resolve at. */
    public String revision() {
        return revision;
    }

    @Override
    public String toString() {
        return "ModelResolver[cache " + cache.root() + ", endpoint " + endpoint + ", revision " + revision
                + (offline ? ", offline" : "") + (token != null ? ", with token" : "") + "]";
    }

    /** Configures a {@link ModelResolver}; setters validate immediately. */
    public static final class Builder {
        private Path cacheDirectory = Path.of(System.getProperty("user.home"), ".cache", "huggingface", "hub");
        private String endpoint = DEFAULT_ENDPOINT;
        private String token;
        private boolean offline;
        private String revision = "main";
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The hub cache directory, the one holding {@code models--org--name} folders ({@code $HF_HOME/hub}). */
        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
            return this;
        }

        /** The Hub base URL, such as {@code https://huggingface.co} or a mirror; a trailing slash is dropped. */
        public Builder endpoint(String endpoint) {
            if (endpoint == null || !(endpoint.startsWith("http://") || endpoint.startsWith("https://"))) {
                throw new IllegalArgumentException("endpoint must be an http(s) URL such as https://huggingface.co, got '"
                        + endpoint + "'");
            }
            this.endpoint = endpoint.replaceAll("/+$", "");
            return this;
        }

        /** The access token sent as {@code Authorization: Bearer} to the endpoint (never to CDN redirects). */
        public Builder token(String token) {
            this.token = token == null || token.isBlank() ? null : token;
            return this;
        }

        /** When true, only the cache is used and missing files are an error naming the file. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** The branch, tag or 40-hex commit ids resolve at; default {@code main}. */
        public Builder revision(String revision) {
            if (revision == null || revision.isBlank()) {
                throw new IllegalArgumentException("revision is '" + revision + "': give a branch, tag or commit such"
                        + " as main");
            }
            this.revision = revision;
            return this;
        }

        /** Connect and response-header timeout of each request; default 30 s. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The resolver. */
        public ModelResolver build() {
            return new ModelResolver(this);
        }
    }
}
