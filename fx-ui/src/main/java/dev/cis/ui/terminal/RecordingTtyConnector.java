package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.TtyConnector;
import dev.cis.core.session.AsciicastReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shows the asciicast recording of a finished session, read-only: the terminal receives everything the program
 * printed, then the end. Typing and resizing do nothing. The file is read on the emulator's thread at its first
 * read, never on the UI thread.
 */
public final class RecordingTtyConnector implements TtyConnector {

    private static final int PIPE_CAPACITY = 8 * 1024 * 1024;

    private final String name;
    private final Path recording;
    private final String banner;
    private final CharPipe pipe = new CharPipe(PIPE_CAPACITY);
    private final AtomicBoolean loaded = new AtomicBoolean();

    /**
     * @param banner a line shown above the recording (e.g. which attempt it is), or empty
     */
    public RecordingTtyConnector(String name, Path recording, String banner) {
        this.name = name;
        this.recording = recording;
        this.banner = banner;
    }

    private void load() {
        if (!loaded.compareAndSet(false, true)) {
            return;
        }
        if (!banner.isEmpty()) {
            pipe.write("\u001b[2m" + banner + "\u001b[0m\r\n");
        }
        try {
            AsciicastReader.read(recording, e -> {
                if (e.code().equals("o")) {
                    pipe.write(e.data());
                }
            });
            pipe.write("\r\n\u001b[2m[end of the recording]\u001b[0m\r\n");
        } catch (IOException e) {
            pipe.write("\r\n\u001b[31mcannot read the recording: " + e.getMessage() + "\u001b[0m\r\n");
        }
        pipe.close();
    }

    @Override
    public int read(char[] buf, int offset, int length) throws InterruptedIOException {
        load();
        return pipe.read(buf, offset, length);
    }

    @Override
    public void write(byte[] bytes) {
        // read-only
    }

    @Override
    public void write(String string) {
        // read-only
    }

    @Override
    public boolean isConnected() {
        return !pipe.isClosed() || pipe.ready();
    }

    @Override
    public int waitFor() {
        return 0;
    }

    @Override
    public boolean ready() {
        return pipe.ready();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void close() {
        pipe.close();
    }

    public Path recording() {
        return recording;
    }
}
