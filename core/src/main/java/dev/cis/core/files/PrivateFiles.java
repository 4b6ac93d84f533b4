package dev.cis.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one place that makes cis's files private: files owner-only ({@code rw-------}), folders owner-only
 * ({@code rwx------}), whatever the umask or the mode of the folder they are in (docs/decisions/0086).
 * Where the file system has no POSIX permissions the files are made the ordinary way.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents owner-only; an existing folder is left as it is. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER_MODE));
        } else {
            Files.createDirectories(dir);
        }
        return dir;
    }

    /** A new owner-only folder under the system's temporary folder. */
    public static Path createTempDirectory(String prefix) throws IOException {
        return POSIX ? Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(FOLDER_MODE))
                : Files.createTempDirectory(prefix);
    }

    /**
     * Makes sure {@code file} exists and is owner-only: creates it empty with that mode, or takes away the
     * permissions of others from an existing one. Its folder must exist.
     */
    public static Path ensureFile(Path file) throws IOException {
        try {
            if (POSIX) {
                FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE_MODE);
                Files.createFile(file, attr);
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
        return file;
    }

    /** Writes {@code text} (UTF-8) to an owner-only file, replacing what it held. */
    public static void writeString(Path file, String text) throws IOException {
        ensureFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Opens an owner-only file for appending, creating it when missing. */
    public static OutputStream append(Path file) throws IOException {
        ensureFile(file);
        return Files.newOutputStream(file, StandardOpenOption.APPEND);
    }

    /** Takes away every permission of group and others from an existing file or folder, if it has any. */
    public static void restrict(Path path) throws IOException {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? FOLDER_MODE : FILE_MODE;
        Set<PosixFilePermission> owner = java.util.EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : mode) {
            if (wanted.contains(p)) {
                owner.add(p);
            }
        }
        if (!owner.equals(mode)) {
            Files.setPosixFilePermissions(path, owner);
        }
    }

    /** True when others (not the owner or its group) may read {@code path}. */
    public static boolean readableByOthers(Path path) throws IOException {
        return POSIX && Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
    }
}
