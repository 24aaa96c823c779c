package org.bertopic4j.djl.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelResolver} against a fake Hub on 127.0.0.1 and a Hugging Face cache in a temporary folder. */
class ModelResolverTest {
    private static final String ID = "acme/tiny-model";
    private static final String CONFIG = "{\"hidden_size\": 8}\n";

    @TempDir
    Path cache;
    private FakeHub hub;
    private byte[] weights;

    @BeforeEach
    void start() throws IOException {
        hub = new FakeHub(ID);
        hub.gitFile("config.json", CONFIG);
        weights = new byte[100_000];
        new java.util.Random(7).nextBytes(weights);
        hub.lfsFile("onnx/model.onnx", weights);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private ModelResolver.Builder resolver() {
        return ModelResolver.builder().cacheDirectory(cache).endpoint(hub.endpoint() + "/").token("hf_secret");
    }

    private Path repoDir() {
        return cache.resolve("models--acme--tiny-model");
    }

    @Test
    void downloadsAnLfsFileThroughACdnRedirectIntoTheCacheLayout() throws IOException {
        Path file = resolver().build().resolve(ID, "onnx/model.onnx");
        assertArrayEquals(weights, Files.readAllBytes(file));
        assertEquals(repoDir().resolve("snapshots/" + FakeHub.COMMIT + "/onnx/model.onnx"), file);
        assertTrue(Files.isSymbolicLink(file), "snapshot entries link to blobs, as huggingface_hub");
        assertEquals(repoDir().resolve("blobs/" + FakeHub.sha256(weights)), file.toRealPath());
        assertEquals(FakeHub.COMMIT, Files.readString(repoDir().resolve("refs/main")));
        assertEquals("Bearer hf_secret", hub.requests.get(0).authorization(), "token sent to the endpoint");
        FakeHub.Request cdn = hub.requests.get(1);
        assertEquals("cdn", cdn.server());
        assertNull(cdn.authorization(), "the token must not leak to another host");
        assertNoTemporaryFiles();
    }

    @Test
    void followsARelativeRedirectForSmallFilesAndChecksTheGitSha1() throws IOException {
        Path file = resolver().build().resolve(ID, "config.json");
        assertEquals(CONFIG, Files.readString(file));
        assertEquals(2, hub.hubRequests(), "resolve, then the relative resolve-cache redirect");
        assertEquals(FakeHub.gitSha1(CONFIG.getBytes(StandardCharsets.UTF_8)), file.toRealPath().getFileName().toString());
    }

    @Test
    void snapshotFetchesRequiredOptionalAndTheFirstAlternativeIntoOneDirectory() {
        ModelResolver resolver = resolver().build();
        Path dir = resolver.snapshot(ID, java.util.List.of("config.json"), java.util.List.of("generation_config.json"),
                java.util.List.of(java.util.List.of("model.onnx", "onnx/model.onnx")));
        assertEquals(repoDir().resolve("snapshots/" + FakeHub.COMMIT), dir);
        assertTrue(Files.isRegularFile(dir.resolve("config.json")));
        assertTrue(Files.isRegularFile(dir.resolve("onnx/model.onnx")));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> resolver.snapshot(ID,
                java.util.List.of("config.json"), java.util.List.of(),
                java.util.List.of(java.util.List.of("onnx/text_model.onnx", "onnx/other.onnx"))));
        assertTrue(e.getMessage().contains("onnx/other.onnx"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> resolver.snapshot(ID, java.util.List.of(),
                java.util.List.of(), java.util.List.of()));
    }

    @Test
    void missingFileIsAnErrorNamingIdAndFileOrEmptyWhenOptional() {
        ModelResolver resolver = resolver().build();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> resolver.resolve(ID, "tokenizer.json"));
        assertTrue(e.getMessage().contains("tokenizer.json") && e.getMessage().contains(ID), e.getMessage());
        assertEquals(Optional.empty(), resolver.resolveOptional(ID, "modules.json"));
        assertTrue(Files.exists(repoDir().resolve(".no_exist/" + FakeHub.COMMIT + "/modules.json")));
        long before = hub.hubRequests();
        assertEquals(Optional.empty(), resolver.resolveOptional(ID, "modules.json"));
        UncheckedIOException again = assertThrows(UncheckedIOException.class, () -> resolver.resolve(ID, "modules.json"));
        assertTrue(again.getMessage().contains("modules.json") && again.getMessage().contains(ID), again.getMessage());
        assertEquals(before, hub.hubRequests(), "a known-missing file needs no request");
    }

    @Test
    void unknownRepositoryIsAnErrorEvenForOptionalFiles() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> resolver().build().resolveOptional("acme/other-model", "modules.json"));
        assertTrue(e.getMessage().contains("acme/other-model") && e.getMessage().contains("HF_TOKEN"), e.getMessage());
    }

    @Test
    void truncatedBodyLeavesNoFileAndFails() throws IOException {
        hub.truncate("onnx/model.onnx", 5000);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> resolver().build().resolve(ID, "onnx/model.onnx"));
        assertTrue(e.getMessage().contains("onnx/model.onnx") && e.getMessage().contains(ID)
                && e.getMessage().contains("broke off after 5000 bytes of 100000"), e.getMessage());
        assertFalse(Files.exists(repoDir().resolve("snapshots/" + FakeHub.COMMIT + "/onnx/model.onnx")));
        assertFalse(Files.exists(repoDir().resolve("blobs/" + FakeHub.sha256(weights))));
        assertNoTemporaryFiles();
    }

    @Test
    void bodyShorterThanTheAnnouncedSizeLeavesNoFileAndFails() throws IOException {
        hub.shortChunked("onnx/model.onnx", 7000);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> resolver().build().resolve(ID, "onnx/model.onnx"));
        assertTrue(e.getMessage().contains("truncated download: got 7000 bytes, expected 100000"), e.getMessage());
        assertFalse(Files.exists(repoDir().resolve("snapshots/" + FakeHub.COMMIT + "/onnx/model.onnx")));
        assertNoTemporaryFiles();
    }

    @Test
    void checksumMismatchLeavesNoFileAndFails() throws IOException {
        hub.announceSha256("onnx/model.onnx", "ab".repeat(32));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> resolver().build().resolve(ID, "onnx/model.onnx"));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(repoDir().resolve("snapshots/" + FakeHub.COMMIT + "/onnx/model.onnx")));
        assertNoTemporaryFiles();
    }

    @Test
    void cachedFilesAreReusedWithoutNetworkAndOfflineModeNamesTheMissingFile() {
        Path first = resolver().build().resolve(ID, "onnx/model.onnx");
        long requests = hub.hubRequests();
        assertEquals(first, resolver().build().resolve(ID, "onnx/model.onnx"));
        assertEquals(requests, hub.hubRequests(), "second resolve served from the cache");
        hub.close();
        ModelResolver offline = resolver().offline(true).build();
        assertEquals(first, offline.resolve(ID, "onnx/model.onnx"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> offline.resolve(ID, "config.json"));
        assertTrue(e.getMessage().contains("HF_HUB_OFFLINE") && e.getMessage().contains("config.json")
                && e.getMessage().contains(ID), e.getMessage());
        assertEquals(Optional.empty(), offline.resolveOptional(ID, "config.json"));
    }

    @Test
    void reusesAPythonPopulatedCacheWithoutNetwork() throws IOException {
        // the layout huggingface_hub writes: refs/main -> commit, snapshot entry -> relative symlink to the blob
        Path blob = Files.createDirectories(repoDir().resolve("blobs")).resolve("0123abcd");
        Files.writeString(blob, "{\"python\": true}");
        Path snapshot = Files.createDirectories(repoDir().resolve("snapshots/" + FakeHub.COMMIT));
        Files.createSymbolicLink(snapshot.resolve("tokenizer.json"), Path.of("../../blobs/0123abcd"));
        Files.createDirectories(repoDir().resolve("refs"));
        Files.writeString(repoDir().resolve("refs/main"), FakeHub.COMMIT);
        Path file = resolver().build().resolve(ID, "tokenizer.json");
        assertEquals("{\"python\": true}", Files.readString(file));
        assertEquals(0, hub.hubRequests());
    }

    @Test
    void revisionIsPercentEncodedAndRecordedUnderRefs() throws IOException {
        resolver().revision("refs/pr/1").build().resolve(ID, "onnx/model.onnx");
        assertTrue(hub.requests.get(0).path().startsWith("/acme/tiny-model/resolve/refs%2Fpr%2F1/onnx/model.onnx"),
                hub.requests.get(0).path());
        assertEquals(FakeHub.COMMIT, Files.readString(repoDir().resolve("refs/refs/pr/1")));
    }

    @Test
    void localDirectoriesPassThrough(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        ModelResolver resolver = resolver().offline(true).build();
        assertEquals(dir.resolve("tokenizer.json"), resolver.resolve(dir.toString(), "tokenizer.json"));
        assertEquals(Optional.empty(), resolver.resolveOptional(dir.toString(), "modules.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver.resolve(dir.toString(), "onnx/model.onnx"));
        assertTrue(e.getMessage().contains("onnx/model.onnx") && e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void badArgumentsAreRejectedBeforeAnyRequest() {
        ModelResolver resolver = resolver().build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> resolver.resolve("not a/valid id!", "x.json"))
                .getMessage().contains("not a/valid id!"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> resolver.resolve(null, "x.json"))
                .getMessage().contains("idOrDirectory"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> resolver.resolve(ID, "../secret"))
                .getMessage().contains("file"));
        assertThrows(IllegalArgumentException.class, () -> ModelResolver.builder().endpoint("ftp://x"));
        assertThrows(IllegalArgumentException.class, () -> ModelResolver.builder().revision(" "));
        assertEquals(0, hub.hubRequests());
    }

    @Test
    void environmentVariablesConfigureTheResolver(@TempDir Path home) {
        ModelResolver r = ModelResolver.fromEnvironment(Map.of("HF_HOME", home.toString(), "HF_ENDPOINT",
                "https://mirror.example/", "HF_TOKEN", "hf_x", "HF_HUB_OFFLINE", "1"));
        assertEquals(home.resolve("hub"), r.cacheDirectory());
        assertEquals("https://mirror.example", r.endpoint());
        assertTrue(r.isOffline());
        assertEquals("main", r.revision());
        assertTrue(r.toString().contains("with token"));
        ModelResolver defaults = ModelResolver.fromEnvironment(Map.of("HF_HOME", home.toString()));
        assertEquals(ModelResolver.DEFAULT_ENDPOINT, defaults.endpoint());
        assertFalse(defaults.isOffline());
    }

    private void assertNoTemporaryFiles() throws IOException {
        if (!Files.exists(repoDir())) {
            return;
        }
        try (Stream<Path> files = Files.walk(repoDir())) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".incomplete")).count(),
                    "no temporary files left behind");
        }
    }
}
