package org.bertopic4j.djl.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The huggingface_hub cache layout: {@code models--org--name/refs/<revision>} (a commit hash),
 * {@code blobs/<etag>} (the contents), {@code snapshots/<commit>/<file>} (relative symlinks to the blobs, or
 * copies where symlinks are not allowed) and {@code .no_exist/<commit>/<file>} (files known to be absent).
 */
final class HubCache {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private final Path root;

    HubCache(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Repo repo(String id) {
        return new Repo(root.resolve("models--" + id.replace("/", "--")));
    }

    static boolean isCommit(String revision) {
        return COMMIT.matcher(revision).matches();
    }

    /** What the cache knows about a file: its path, or (empty) that the model does not have it. */
    record Cached(Optional<Path> path) {
    }

    /** One model's folder in the cache. */
    static final class Repo {
        private final Path dir;

        Repo(Path dir) {
            this.dir = dir;
        }

        Path directory() {
            return dir;
        }

        /** The cached state of {@code file} at {@code revision}; empty when the cache cannot tell. */
        Optional<Cached> lookup(String revision, String file) {
            String commit = isCommit(revision) ? revision : readRef(revision);
            if (commit == null) {
                return Optional.empty();
            }
            if (Files.exists(dir.resolve(".no_exist").resolve(commit).resolve(file))) {
                return Optional.of(new Cached(Optional.empty()));
            }
            Path snapshot = dir.resolve("snapshots").resolve(commit).resolve(file);
            return Files.isRegularFile(snapshot) ? Optional.of(new Cached(Optional.of(snapshot))) : Optional.empty();
        }

        private String readRef(String revision) {
            Path ref = dir.resolve("refs").resolve(revision);
            try {
                if (Files.isRegularFile(ref)) {
                    String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
                    return isCommit(commit) ? commit : null;
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ref + ": " + e.getMessage(), e);
            }
        }

        /** A fresh temporary file in {@code blobs/} for a download (removed by the caller on failure). */
        Path newTempBlob() throws IOException {
            Path blobs = Files.createDirectories(dir.resolve("blobs"));
            return blobs.resolve(UUID.randomUUID() + ".incomplete");
        }

        /**
         * Moves a complete download into {@code blobs/<etag>} and links {@code snapshots/<commit>/<file>} to it.
         *
         * @return the snapshot path
         */
        Path store(Path tempBlob, String etag, String commit, String file) throws IOException {
            Path blob = dir.resolve("blobs").resolve(etag);
            moveAtomically(tempBlob, blob);
            Path snapshot = dir.resolve("snapshots").resolve(commit).resolve(file);
            Files.createDirectories(snapshot.getParent());
            Path tempLink = snapshot.resolveSibling(snapshot.getFileName() + "." + UUID.randomUUID() + ".incomplete");
            try {
                Files.createSymbolicLink(tempLink, snapshot.getParent().relativize(blob));
            } catch (UnsupportedOperationException | IOException e) {
                // no symlinks here (often Windows): keep a copy, as huggingface_hub does
                Files.copy(blob, tempLink, StandardCopyOption.REPLACE_EXISTING);
            }
            moveAtomically(tempLink, snapshot);
            return snapshot;
        }

        /** Records {@code revision -> commit} in {@code refs/} (only for branch or tag names). */
        void writeRef(String revision, String commit) throws IOException {
            if (isCommit(revision) || commit.equals(readRef(revision))) {
                return;
            }
            writeAtomically(dir.resolve("refs").resolve(revision), commit);
        }

        /** Records that {@code file} does not exist at {@code commit}. */
        void markMissing(String commit, String file) throws IOException {
            Path marker = dir.resolve(".no_exist").resolve(commit).resolve(file);
            Files.createDirectories(marker.getParent());
            try {
                Files.createFile(marker);
            } catch (FileAlreadyExistsException e) {
                // already known
            }
        }

        private static void writeAtomically(Path target, String content) throws IOException {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".incomplete");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            moveAtomically(temp, target);
        }

        private static void moveAtomically(Path source, Path target) throws IOException {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
