package dev.cis.core.dag;

import dev.cis.core.toml.JsonTreeReader;
import dev.cis.core.toml.SyntaxException;
import dev.cis.core.toml.TomlParser;
import dev.cis.core.toml.TomlTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates DAG files (TOML or JSON, see {@code docs/dag-format.md}). Never throws for bad
 * content or an unreadable file: every problem becomes a {@link Diagnostic}, all of them at once.
 *
 * <pre>{@code
 * LoadResult r = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).load(Path.of("flow.toml"));
 * if (r.ok()) { Dag dag = r.dag(); } else { r.errors().forEach(d -> log(d.format())); }
 * }</pre>
 */
public final class DagLoader {

    /** Larger files are refused. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DagLoader.class);

    private final Set<String> knownAgents;
    private final DagDefaults defaults;

    /**
     * @param knownAgents agent profile names a task may use (e.g. {@link BuiltinAgents#NAMES} plus the config's)
     * @param defaults    values for what a file does not set
     */
    public DagLoader(Set<String> knownAgents, DagDefaults defaults) {
        this.knownAgents = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(knownAgents));
        this.defaults = defaults;
    }

    /** Reads and validates {@code file}; relative work dirs are resolved against its folder. */
    public LoadResult load(Path file) {
        Problems io = new Problems(file, false);
        byte[] bytes = read(file, io);
        if (bytes == null) {
            return new LoadResult(file, null, io.sorted());
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.MalformedException e) {
            io.error(e.line(), e.column(), e.getMessage());
            return new LoadResult(file, null, io.sorted());
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path baseDir = absolute.getParent() != null ? absolute.getParent() : absolute;
        return parse(text, file, baseDir, absolute);
    }

    /**
     * Validates DAG text that is not (or not yet) in a file: an editor buffer, a DAG received from another
     * node. {@code nameForMessages} names it in diagnostics and decides the format by its extension;
     * {@code baseDir} is where relative work dirs start.
     */
    public LoadResult parse(String text, Path nameForMessages, Path baseDir) {
        return parse(text, nameForMessages, baseDir.toAbsolutePath().normalize(), nameForMessages);
    }

    private LoadResult parse(String text, Path name, Path baseDir, Path sourceFile) {
        if (text.length() > MAX_FILE_BYTES) {
            Problems p = new Problems(name, false);
            p.error(0, 0, tooLarge(text.length()));
            return new LoadResult(name, null, p.sorted());
        }
        long started = System.nanoTime();
        Format format = Format.of(name, text);
        Problems problems = new Problems(name, format == Format.JSON);
        TomlTable root = tree(text, name, format, problems);
        Dag dag = null;
        int tasks = 0;
        if (root != null) {
            DagTreeReader reader = new DagTreeReader(problems, knownAgents, defaults);
            dag = reader.read(root, stem(name), baseDir, sourceFile);
            tasks = reader.tasksFound();
        }
        List<Diagnostic> diagnostics = problems.sorted();
        LOG.debug("loaded {} in {} ms: {} diagnostics", name, (System.nanoTime() - started) / 1_000_000,
                diagnostics.size());
        return new LoadResult(name, dag, diagnostics, tasks);
    }

    private static TomlTable tree(String text, Path name, Format format, Problems problems) {
        if (text.isBlank()) {
            problems.error(0, 0, "the file is empty; a DAG file has a [dag] table and at least one task"
                    + " (see docs/dag-format.md)");
            return null;
        }
        try {
            return format == Format.JSON ? JsonTreeReader.read(text) : TomlParser.parse(text);
        } catch (SyntaxException e) {
            String what = format == Format.JSON ? "JSON" : "TOML";
            String unknownType = format == Format.UNKNOWN
                    ? " (the file name does not end in .toml or .json; it was read as TOML)" : "";
            problems.error(e.line(), e.column(), "not valid " + what + unknownType + ": " + e.reason());
            return null;
        }
    }

    private static byte[] read(Path file, Problems problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.error(0, 0, "is a folder, not a DAG file");
                return null;
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                problems.error(0, 0, tooLarge(Files.size(file)));
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.error(0, 0, "the file is larger than " + MAX_FILE_BYTES / 1048576
                        + " MiB, the limit for DAG files");
                return null;
            }
            return bytes;
        } catch (NoSuchFileException e) {
            problems.error(0, 0, "no such file");
        } catch (AccessDeniedException e) {
            problems.error(0, 0, "cannot read the file: permission denied");
        } catch (IOException | SecurityException e) {
            problems.error(0, 0, "cannot read the file: " + e.getMessage());
        }
        return null;
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is %.1f MiB; DAG files are limited to %d MiB", size / 1048576.0,
                MAX_FILE_BYTES / 1048576);
    }

    /** The file name without its extension: {@code flow} for {@code flow.toml}. */
    static String stem(Path name) {
        Path fileName = name.getFileName();
        String s = fileName == null ? "dag" : fileName.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /** The format of a DAG file, from its extension or, without one, its first character. */
    enum Format {
        TOML, JSON, UNKNOWN;

        static Format of(Path name, String text) {
            Path fileName = name.getFileName();
            String n = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".toml")) {
                return TOML;
            } else if (n.endsWith(".json")) {
                return JSON;
            }
            String trimmed = text.stripLeading();
            if (trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).stripLeading();
            }
            return trimmed.startsWith("{") ? JSON : UNKNOWN;
        }
    }
}
