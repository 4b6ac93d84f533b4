package dev.cis.ui.terminal;

import dev.cis.core.text.Utf8Decoder;

import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.util.TermSize;
import dev.cis.core.node.Attachment;
import dev.cis.core.session.SessionListener;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Binds a terminal widget to a live session of the node: the session's output (first its recent screen, then
 * live bytes) is read by the widget's emulator; keystrokes and size changes go back to the session. Closing
 * detaches from the session and never ends it.
 *
 * <p>Made in two steps: the connector is the listener given to {@code NodeApi.attach}, then {@link #attached}
 * hands it the attachment. Input typed in between is kept and sent once attached.
 */
public final class SessionTtyConnector implements TtyConnector, SessionListener {

    private static final int PIPE_CAPACITY = 4 * 1024 * 1024;

    private final String sessionId;
    private final CharPipe pipe = new CharPipe(PIPE_CAPACITY);
    private final Utf8Decoder decoder = new Utf8Decoder();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final List<byte[]> earlyInput = new ArrayList<>();
    private Attachment attachment;
    private TermSize earlySize;
    private boolean closed;

    public SessionTtyConnector(String sessionId) {
        this.sessionId = sessionId;
    }

    /** Hands over the attachment made with this connector as listener; closes it at once when already closed. */
    public void attached(Attachment a) {
        synchronized (this) {
            if (!closed) {
                attachment = a;
                earlyInput.forEach(a::write);
                earlyInput.clear();
                if (earlySize != null) {
                    a.resize(earlySize.getColumns(), earlySize.getRows());
                }
                return;
            }
        }
        a.close();
    }

    /** Completes with the exit code when the session's program ends. */
    public CompletableFuture<Integer> exitFuture() {
        return exit;
    }

    @Override
    public void onOutput(byte[] chunk) {
        pipe.write(decoder.decode(chunk));
    }

    @Override
    public void onOverflow(long droppedBytes) {
        pipe.write("\r\n\u001b[33m[" + droppedBytes + " bytes not shown: this terminal fell behind]\u001b[0m\r\n");
    }

    @Override
    public void onExit(int exitCode) {
        pipe.write(decoder.finish());
        pipe.write("\r\n\u001b[2m[the program exited with code " + exitCode + "]\u001b[0m\r\n");
        exit.complete(exitCode);
        pipe.close();
    }

    @Override
    public int read(char[] buf, int offset, int length) throws InterruptedIOException {
        return pipe.read(buf, offset, length);
    }

    @Override
    public void write(byte[] bytes) {
        Attachment a;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (attachment == null) {
                earlyInput.add(bytes.clone());
                return;
            }
            a = attachment;
        }
        a.write(bytes);
    }

    @Override
    public void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void resize(TermSize size) {
        Attachment a;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (attachment == null) {
                earlySize = size;
                return;
            }
            a = attachment;
        }
        a.resize(size.getColumns(), size.getRows());
    }

    @Override
    public synchronized boolean isConnected() {
        return !closed;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return -1;
        }
    }

    @Override
    public boolean ready() {
        return pipe.ready();
    }

    @Override
    public String getName() {
        return sessionId;
    }

    /** Detaches from the session; the session keeps running. */
    @Override
    public void close() {
        Attachment a;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            a = attachment;
            attachment = null;
        }
        pipe.close();
        if (a != null) {
            a.close();
        }
    }
}
