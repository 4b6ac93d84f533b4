package dev.cis.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The answer of {@code cis dag unblock --input-file}: a file's text, or standard input's, as typed keys. */
final class AnswerFile {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private AnswerFile() {
    }

    /**
     * The text of {@code name} (or of {@code stdin} for {@code -}) as a terminal would send it: its final line
     * break dropped, every line ending as Enter ({@code \r}), and Enter at the end.
     *
     * @throws IOException when the file cannot be read; the message names it
     */
    static String read(String name, InputStream stdin) throws IOException {
        String text;
        if (STDIN.equals(name)) {
            text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path file = Path.of(name);
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IOException("--input-file " + name + ": no such file", e);
            } catch (IOException e) {
                throw new IOException("--input-file " + name + ": cannot read it: " + e.getMessage(), e);
            }
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replace("\r\n", "\r").replace('\n', '\r') + "\r";
    }
}
