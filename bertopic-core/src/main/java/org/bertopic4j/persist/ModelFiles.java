package org.bertopic4j.persist;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * File names of the directory format and the file-system steps around them: resolving names safely inside
 * the model directory, and replacing a directory atomically (write a sibling temporary directory, then
 * rename it into place).
 */
final class ModelFiles {
    static final String CONFIG = "config.json";
    static final String TOPICS = "topics.json";
    static final String EMBEDDINGS = "topic_embeddings.safetensors";
    static final String EMBEDDINGS_PYTORCH = "topic_embeddings.bin";
    static final String CTFIDF = "ctfidf.safetensors";
    static final String CTFIDF_PYTORCH = "ctfidf.bin";
    static final String CTFIDF_CONFIG = "ctfidf_config.json";
    static final String IMAGES = "images";
    static final String STATE_JSON = "bertopic4j.json";
    static final String STATE_TENSORS = "bertopic4j_state.safetensors";
    private static final Set<String> KNOWN = Set.of(CONFIG, TOPICS, EMBEDDINGS, EMBEDDINGS_PYTORCH, CTFIDF, CTFIDF_PYTORCH,
            CTFIDF_CONFIG, IMAGES, STATE_JSON, STATE_TENSORS, "README.md");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}");

    private ModelFiles() {
    }

    /**
     * {@code dir/name}, refusing any name that could leave the directory (separators, {@code ..}, absolute
     * paths, control characters): names that reach the file system from file content go through here.
     */
    static Path child(Path dir, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("unsafe file name '" + name + "' in " + dir
                    + ": names must be plain file names (letters, digits, '_', '-', '.'; no path separators or '..')");
        }
        Path p = dir.resolve(name).normalize();
        if (!p.getParent().equals(dir.normalize())) {
            throw new IllegalArgumentException("file name '" + name + "' escapes " + dir);
        }
        return p;
    }

    /** The SHA-256 of a file, in hex. */
    static String sha256(Path file) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Whether {@code dir} holds a saved model and nothing else, so that saving may replace it. */
    static boolean isModelDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(dir.resolve(CONFIG))
                || !Files.isRegularFile(dir.resolve(TOPICS))) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> KNOWN.contains(p.getFileName().toString()));
        }
    }

    /** A new empty directory next to {@code target}, on the same file system. */
    static Path temporarySibling(Path target) throws IOException {
        return Files.createDirectory(target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID()));
    }

    /**
     * Moves the fully written {@code staged} directory to {@code target}, replacing a previous model there:
     * the old directory is renamed aside first and deleted only after the new one is in place.
     */
    static void replace(Path staged, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staged, target);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        move(target, old);
        try {
            move(staged, target);
        } catch (IOException | RuntimeException e) {
            move(old, target);
            throw e;
        }
        deleteRecursively(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a directory tree without following links. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
