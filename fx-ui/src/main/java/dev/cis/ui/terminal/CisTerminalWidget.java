package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalExecutorServiceManager;
import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.ui.theme.Theme;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A JediTermFX terminal with the cis look, whose threads are named daemon threads made by {@link NamedThreads}
 * (the widget's own would keep the process alive). Create and use on the FX thread.
 */
public final class CisTerminalWidget extends JediTermFxWidget {

    private final TerminalSettings settings;

    /** A terminal with the colours of {@code theme}, showing what {@code connector} gives. */
    public CisTerminalWidget(TtyConnector connector, Theme theme) {
        this(connector, new TerminalSettings(theme));
    }

    private CisTerminalWidget(TtyConnector connector, TerminalSettings settings) {
        super(120, 30, settings);
        this.settings = settings;
        setTtyConnector(connector);
        getPane().getStyleClass().add("cis-terminal");
    }

    /** Shows the terminal in the colours of {@code theme}, the text already on it too. */
    public void setTheme(Theme theme) {
        settings.setTheme(theme);
        getTerminalPanel().repaint();
    }

    /** Gives the keyboard focus to the terminal, so typing goes to its session. */
    public void focus() {
        getTerminalPanel().getCanvas().requestFocus();
    }

    /** The text on the screen now (the last screenful), lines separated by new lines. */
    public String screenText() {
        var buffer = getTerminalTextBuffer();
        buffer.lock();
        try {
            return buffer.getScreenLines();
        } finally {
            buffer.unlock();
        }
    }

    /** The screen and the scroll-back, oldest line first. */
    public String allText() {
        var buffer = getTerminalTextBuffer();
        buffer.lock();
        try {
            return buffer.getHistoryBuffer().getLines() + "\n" + buffer.getScreenLines();
        } finally {
            buffer.unlock();
        }
    }

    @Override
    protected TerminalExecutorServiceManager createExecutorServiceManager() {
        return new NamedExecutors();
    }

    /** The widget's two executors, with cis thread names, as daemons. */
    private static final class NamedExecutors implements TerminalExecutorServiceManager {

        private final ScheduledExecutorService fast = NamedThreads.scheduled("cis-terminal-io", 1);
        private final ExecutorService emulators = NamedThreads.cached("cis-terminal-emulator");

        @Override
        public ScheduledExecutorService getSingleThreadScheduledExecutor() {
            return fast;
        }

        @Override
        public ExecutorService getUnboundedExecutorService() {
            return emulators;
        }

        @Override
        public void shutdownWhenAllExecuted() {
            if (!fast.isShutdown()) {
                fast.execute(fast::shutdown);
            }
            emulators.shutdown();
        }
    }
}
