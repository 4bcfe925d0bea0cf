package org.newsroom.editorial.transfer;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SHA256SUMS} of an export directory: one line per file, {@code <sha-256>  <path>}, the
 * format of coreutils' {@code sha256sum}, so IT staff can check a copied directory with
 * {@code sha256sum -c SHA256SUMS} before they import it. Written as each file is closed (the
 * digest is taken while the file is written, never by reading it back).
 */
final class Checksums implements AutoCloseable {

    static final String FILE = "SHA256SUMS";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

    private final Path directory;
    private final BufferedWriter sums;
    private long files;

    private Checksums(Path directory) throws IOException {
        this.directory = directory;
        this.sums = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
    }

    /** Starts the {@value #FILE} of a new export directory. */
    static Checksums startIn(Path directory) throws IOException {
        return new Checksums(directory);
    }

    /** A new file at {@code path} (relative, with '/') whose checksum is written when it is closed. */
    OutputStream create(String path) throws IOException {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        MessageDigest digest = sha256();
        return new FilterOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest)) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                // Closed twice when a writer on top closes it too: one line per file all the same.
                if (closed) {
                    return;
                }
                closed = true;
                super.close();
                sums.write(HexFormat.of().formatHex(digest.digest()) + "  " + path + "\n");
                files++;
            }
        };
    }

    /** How many files have their line so far. */
    long files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        sums.close();
    }

    /** The lines of an export's {@value #FILE}: path to checksum, in file order; empty when it has none. */
    static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return sums;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new IOException("not a line of " + FILE);
                }
                sums.put(m.group(2), m.group(1));
            }
        }
        return sums;
    }

    /** The SHA-256 of a file, read in blocks. */
    static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[64 * 1024];
            for (int n; (n = in.read(block)) > 0; ) {
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
