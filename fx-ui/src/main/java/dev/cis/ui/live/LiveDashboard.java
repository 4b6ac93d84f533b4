package dev.cis.ui.live;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventsDropped;
import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.RunStarted;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionCompleted;
import dev.cis.core.event.SessionEvent;
import dev.cis.core.event.SessionFailed;
import dev.cis.core.event.SessionKilled;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.event.Subscription;
import dev.cis.core.event.TaskApprovalRequested;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.action.Question;
import dev.cis.ui.action.Questions;
import dev.cis.ui.main.ConnectionState;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.notify.Notifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge from the node to the window: subscribes to the node's events while the window shows (and
 * unsubscribes when it is hidden), moves them onto the UI thread through one {@link EventPump}, and applies
 * them to the runs list, the graph, the inspector, the open questions and the notices. The first picture comes
 * from the store. Nothing here blocks the UI thread: store reads and node calls run on the I/O executor.
 */
public final class LiveDashboard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDashboard.class);
    private static final int RUN_LIMIT = 500;
    private static final int PUMP_CAPACITY = 200_000;

    private final MainWindowViewModel model;
    private final LiveServices services;
    private final Executor fx;
    private final Notifier notifier;
    private final BiConsumer<String, String> openTerminal;
    private final RunLoader loader;
    private final ShownRun shown;
    private final Questions questions;
    private final LiveRuns runs;
    private final List<CisEvent> heldUntilLoaded = new ArrayList<>();
    private final NodeWatch watch;

    private EventPump pump;
    private Subscription subscription;
    private boolean running;
    /** The window shows: keep following the node, connecting again when it went away. */
    private boolean wanted;
    private boolean loaded;
    private long generation;

    /**
     * @param fx           runs work on the UI thread
     * @param notifier     shows notices
     * @param openTerminal opens the terminal of (run, task)
     */
    public LiveDashboard(MainWindowViewModel model, LiveServices services, Executor fx, Notifier notifier,
            BiConsumer<String, String> openTerminal) {
        this.model = model;
        this.services = services;
        this.fx = fx;
        this.notifier = notifier;
        this.openTerminal = openTerminal;
        this.questions = model.questions();
        this.loader = new RunLoader(services.store(), services.loader(), services.node());
        this.shown = new ShownRun(model, loader, questions, services.io(), fx);
        this.runs = new LiveRuns(model.runs(), loader, services.io(), fx);
        this.watch = new NodeWatch(fx);
        model.runs().selectedRunIdProperty().addListener((obs, o, id) -> {
            if (running) {
                shown.show(id);
            }
        });
        model.graph().selectedTaskIdProperty().addListener((obs, o, id) -> shown.reloadSelectedTask());
    }

    /** Runs while {@code showing} is true: subscribes when it becomes true, unsubscribes when it becomes false. */
    public void bindTo(ObservableValue<Boolean> showing) {
        showing.addListener((obs, was, is) -> {
            if (Boolean.TRUE.equals(is)) {
                start();
            } else {
                stop();
            }
        });
        if (Boolean.TRUE.equals(showing.getValue())) {
            start();
        }
    }

    /**
     * Subscribes to the node's events and loads the runs. Completes when the runs list is filled. When the node
     * goes away later, the status bar says so and the dashboard connects again (with growing pauses) until
     * {@link #stop()}; once the node is back it reloads the runs and goes on.
     */
    public CompletableFuture<Void> start() {
        wanted = true;
        return connect();
    }

    private CompletableFuture<Void> connect() {
        if (running) {
            return CompletableFuture.completedFuture(null);
        }
        running = true;
        long gen = ++generation;
        EventPump p = new EventPump(fx, this::apply, PUMP_CAPACITY);
        pump = p;
        model.setNodeState(ConnectionState.CONNECTING, "connecting\u2026");
        return CompletableFuture.supplyAsync(() -> {
            try {
                Subscription s = services.node().subscribe(p::offer);
                NodeInfo info = services.node().info();
                return new Started(s, info);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, services.io()).handleAsync((started, error) -> {
            if (gen != generation) {
                if (started != null) {
                    started.subscription().close();
                }
                return null;
            }
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.warn("cannot follow the node: {}", cause.getMessage());
                model.setNodeState(ConnectionState.DISCONNECTED, "not connected (" + cause.getMessage() + ")");
                running = false;
                return null;
            }
            subscription = started.subscription();
            model.setNodeState(ConnectionState.CONNECTED, started.info().nodeId());
            watch.watch(subscription, () -> lost(gen));
            return null;
        }, fx).thenCompose(x -> running && gen == generation ? loadRuns(gen) : CompletableFuture.completedFuture(null));
    }

    private record Started(Subscription subscription, NodeInfo info) {
    }

    private CompletableFuture<Void> loadRuns(long gen) {
        loaded = false;
        return CompletableFuture.supplyAsync(() -> loader.runs(RUN_LIMIT), services.io())
                .handleAsync((read, error) -> {
                    if (gen != generation) {
                        return null;
                    }
                    if (error != null) {
                        LOG.warn("cannot read the runs", error);
                        model.statusMessageProperty().set("Cannot read the runs: " + error.getMessage());
                        return null;
                    }
                    runs.setAll(read);
                    loaded = true;
                    List<CisEvent> held = new ArrayList<>(heldUntilLoaded);
                    heldUntilLoaded.clear();
                    apply(held);
                    shown.show(model.runs().selectedRunIdProperty().get());
                    return null;
                }, fx);
    }

    /** The node's event stream ended: say so, and try to connect again after a pause. */
    private void lost(long gen) {
        if (gen != generation || !running) {
            return;
        }
        LOG.info("the node went away; connecting again");
        disconnect();
        model.setNodeState(ConnectionState.DISCONNECTED, "node stopped");
        watch.retryLater(this::reconnect);
    }

    private void reconnect() {
        if (!wanted || running) {
            return;
        }
        connect().thenRunAsync(() -> {
            if (wanted && !running) {
                Duration pause = watch.retryLater(this::reconnect);
                model.setNodeState(ConnectionState.DISCONNECTED, "node stopped; trying again in "
                        + Math.max(1, Math.round(pause.toMillis() / 1000.0)) + " s");
            }
        }, fx);
    }

    /** Unsubscribes and stops connecting again; the runs list keeps what it shows. */
    public void stop() {
        wanted = false;
        watch.cancel();
        disconnect();
    }

    private void disconnect() {
        if (!running) {
            return;
        }
        running = false;
        loaded = false;
        generation++;
        heldUntilLoaded.clear();
        runs.forget();
        pump.close();
        Subscription s = subscription;
        subscription = null;
        if (s != null) {
            services.io().execute(s::close);
        }
    }

    @Override
    public void close() {
        stop();
        watch.close();
    }

    /** Shows a run's task: selects the run, then the task once the run's graph is shown. */
    public void reveal(String runId, String taskId) {
        shown.selectTask(runId, taskId);
        model.runs().selectWhenAdded(runId);
    }

    /** Applies a batch of events on the UI thread. */
    void apply(List<CisEvent> batch) {
        if (!loaded) {
            heldUntilLoaded.addAll(batch);
            return;
        }
        boolean selectedTaskChanged = false;
        boolean resync = false;
        for (CisEvent e : batch) {
            if (e instanceof TaskStatusChanged t) {
                selectedTaskChanged |= onTask(t);
            } else if (e instanceof RunCreated c) {
                runs.created(c);
            } else if (e instanceof RunStarted s) {
                runs.started(s);
            } else if (e instanceof RunFinished f) {
                runs.finished(f);
                notifier.show(RunNotices.finished(f, runs.dagName(f.runId()),
                        () -> model.runs().selectWhenAdded(f.runId())));
            } else if (e instanceof TaskApprovalRequested a) {
                notifier.show(RunNotices.approval(a, runs.dagName(a.runId()), () -> reveal(a.runId(), a.taskId())));
            } else if (e instanceof SessionBlocked b) {
                onBlocked(b);
            } else if (e instanceof SessionRecovered || e instanceof SessionCompleted || e instanceof SessionFailed
                    || e instanceof SessionKilled) {
                questions.removeSession(((SessionEvent) e).sessionId());
            } else if (e instanceof EventsDropped) {
                resync = true;
            }
        }
        runs.flush();
        if (resync) {
            LOG.info("events were dropped on the way to the window; reloading from the store");
            loadRuns(generation);
        } else if (selectedTaskChanged) {
            shown.reloadSelectedTask();
        }
    }

    private boolean onTask(TaskStatusChanged e) {
        runs.task(e);
        if (e.from() == TaskStatus.BLOCKED && e.to() != TaskStatus.BLOCKED) {
            questions.removeTask(e.runId(), e.taskId());
        }
        return shown.onTaskEvent(e);
    }

    private void onBlocked(SessionBlocked b) {
        if (b.runId() == null || b.taskId() == null) {
            return;
        }
        questions.put(new Question(b.sessionId(), b.runId(), b.taskId(), b.reason(), b.signal(), b.screenLines(),
                b.choices()));
        notifier.show(RunNotices.blocked(b, runs.dagName(b.runId()), () -> {
            reveal(b.runId(), b.taskId());
            openTerminal.accept(b.runId(), b.taskId());
        }));
    }

    /** How many event batches reached the UI thread since the last start. */
    public long batches() {
        return pump == null ? 0 : pump.batches();
    }
}
