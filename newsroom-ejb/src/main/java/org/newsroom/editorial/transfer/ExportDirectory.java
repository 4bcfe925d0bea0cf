package org.newsroom.editorial.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.ActionRefused;

/**
 * The directory IT staff name on the command line, as the server sees it. The server resolves
 * it, not the shell the tool runs in, so only an absolute path is taken; an export never writes
 * into a directory that holds anything (it would mix two sites), an import never reads from one
 * that lacks what an export writes.
 */
final class ExportDirectory {

    private ExportDirectory() {
    }

    /** An absolute path, or a refusal that says why. */
    static Path absolute(String given) {
        Path path;
        try {
            path = given == null || given.isBlank() ? null : Path.of(given.strip());
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EXPORT_PATH_MISSING);
        }
        if (!path.isAbsolute()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EXPORT_PATH_RELATIVE, given.strip());
        }
        return path.normalize();
    }

    /** An empty directory the server can write, made when it does not exist. */
    static Path emptyForExport(String given) {
        Path path = absolute(given);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EXPORT_PATH_IS_FILE, path);
        }
        if (Files.isDirectory(path)) {
            try (var entries = Files.list(path)) {
                if (entries.findAny().isPresent()) {
                    throw new ActionRefused(ActionRefused.Why.RULE, Reason.EXPORT_DIRECTORY_NOT_EMPTY, path);
                }
            } catch (IOException e) {
                throw cannotWrite(path);
            }
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw cannotWrite(path);
        }
        if (!Files.isWritable(path)) {
            throw cannotWrite(path);
        }
        return path;
    }

    /** A directory that holds an export to read. */
    static Path existingForImport(String given) {
        Path path = absolute(given);
        if (!Files.isDirectory(path) || !Files.isReadable(path)) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.IMPORT_DIRECTORY_MISSING, path);
        }
        return path;
    }

    static ActionRefused cannotWrite(Path path) {
        return new ActionRefused(ActionRefused.Why.RULE, Reason.EXPORT_DIRECTORY_NOT_WRITABLE, path);
    }
}
