package dev.cis.core.engine;

import dev.cis.core.engine.LocalNode;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.agent.AgentConfigException;
import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.agent.TaskEnvironment;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.LoadResult;
import dev.cis.core.event.EventBus;
import dev.cis.core.store.EventLog;
import dev.cis.core.event.Subscription;
import dev.cis.core.monitor.MonitorSettings;
import dev.cis.core.monitor.SessionMonitors;
import dev.cis.core.run.Recovery;
import dev.cis.core.run.RunExecutor;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.core.store.StoreOpenException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that executes runs, built once: the store, the event bus and its log, agent profiles, the
 * launcher, the executor and the session monitor that watches every session it starts. The node owns one;
 * tests may build one in process.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final CisHome home;
    private volatile CisConfig config;
    private volatile List<String> restartNeeded = List.of();
    private final ConfigReload reload;
    private final String nodeId;
    private final Clock clock;
    private final RunStore store;
    private final EventBus bus;
    private final Subscription eventLog;
    private final AgentProfiles profiles;
    private volatile DagLoader loader;
    private final RunExecutor executor;
    private final SessionMonitors monitor;

    private Engine(CisHome home, CisConfig config, String nodeId, Clock clock, RunStore store, AgentProfiles profiles,
            MonitorSettings monitorSettings) {
        this.home = home;
        this.config = config;
        this.nodeId = nodeId;
        this.clock = clock;
        this.store = store;
        this.profiles = profiles;
        this.bus = new EventBus();
        this.eventLog = new EventLog(store).record(bus);
        this.loader = new DagLoader(profiles.names(), config.dagDefaults());
        AgentLauncher launcher = new AgentLauncher(this::baseEnvironment, config.recordInput());
        this.executor = new RunExecutor(store, bus, profiles, launcher, home, nodeId, clock, this::dagOf);
        this.monitor = new SessionMonitors(bus, clock, executor::sessionBlocked, monitorSettings);
        executor.onSessionStarted(a -> monitor.watchSoon(a.session().session(), a.session().profile()));
        this.reload = new ConfigReload(config, () -> CisConfig.load(config.file()));
    }

    /**
     * Reads {@code config.toml} again when it changed since it was last read, and applies what can change for
     * new runs: DAG defaults and the monitor's settings. Called at the start of each new run. What needs a
     * restart is logged and kept in {@link #restartNeeded()}.
     */
    public void refreshConfig() {
        reload.check(config).ifPresent(change -> {
            CisConfig fresh = change.config();
            loader = new DagLoader(profiles.names(), fresh.dagDefaults());
            monitor.update(fresh.monitor());
            config = fresh;
            restartNeeded = change.needRestart();
        });
    }

    /** Settings changed in the file since the node started that only a restart applies; empty when none. */
    public List<String> restartNeeded() {
        return restartNeeded;
    }

    /**
     * Opens the engine on {@code home}: creates the folder, opens (and migrates) the database.
     *
     * @throws EngineException when the home, the database or the agent profiles of the config are unusable
     */
    public static Engine open(CisHome home, CisConfig config, String nodeId, Clock clock) throws EngineException {
        return open(home, config, nodeId, clock, config.monitor());
    }

    /**
     * Like {@link #open(CisHome, CisConfig, String, Clock)}, with the session monitor's settings (silence,
     * debounce...).
     *
     * @throws EngineException when the home, the database or the agent profiles of the config are unusable
     */
    public static Engine open(CisHome home, CisConfig config, String nodeId, Clock clock,
            MonitorSettings monitorSettings) throws EngineException {
        try {
            home.ensureCreated();
        } catch (IOException e) {
            throw new EngineException("cannot create " + home.root() + ": " + e.getMessage(), e);
        }
        AgentProfiles profiles;
        try {
            Map<String, Map<String, Object>> tables = config.profileTables();
            profiles = tables.isEmpty() ? AgentProfiles.builtins() : AgentProfiles.fromConfig(tables);
        } catch (AgentConfigException e) {
            throw new EngineException(config.file() + ": " + e.getMessage(), e);
        }
        try {
            return new Engine(home, config, nodeId, clock, SqliteRunStore.open(home), profiles, monitorSettings);
        } catch (StoreOpenException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    /**
     * What the session of an attempt starts from: the environment its run was submitted with, or, for a run
     * stored without one (submitted by an older cis), this node's (docs/decisions/0085).
     */
    private Map<String, String> baseEnvironment(String sessionId) {
        Optional<Map<String, String>> submitted;
        try {
            submitted = store.runEnvironment(AttemptKey.parse(sessionId).runId());
        } catch (IllegalArgumentException e) {
            submitted = Optional.empty();
        }
        return submitted.orElseGet(TaskEnvironment::ofThisProcess);
    }

    /** Reads the DAG of a stored run from its source text, as it was when the run was created. */
    private Dag dagOf(RunRecord run) {
        Path file = run.sourceFile() == null ? Path.of(run.dagName() + ".toml") : Path.of(run.sourceFile());
        Path base = file.toAbsolutePath().getParent();
        LoadResult r = loader.parse(run.sourceText(), file, base);
        if (!r.ok()) {
            throw new IllegalStateException("the stored DAG of run " + run.id() + " no longer loads: "
                    + r.errors().get(0).format());
        }
        return r.dag();
    }

    /** Ends attempts left running by a previous node that stopped without warning, then resumes its runs. */
    public List<String> recoverAndResume() {
        List<String> resumed = new Recovery(store, bus, clock, this::dagOf).recover(nodeId);
        for (String runId : resumed) {
            LOG.info("resuming run {}", runId);
            executor.execute(runId).whenComplete((status, e) -> {
                if (e != null) {
                    LOG.error("run {} could not be resumed", runId, e);
                }
            });
        }
        return resumed;
    }

    public CisHome home() {
        return home;
    }

    public CisConfig config() {
        return config;
    }

    public String nodeId() {
        return nodeId;
    }

    public Clock clock() {
        return clock;
    }

    public RunStore store() {
        return store;
    }

    public EventBus bus() {
        return bus;
    }

    public AgentProfiles profiles() {
        return profiles;
    }

    public DagLoader loader() {
        return loader;
    }

    public RunExecutor executor() {
        return executor;
    }

    /**
     * The session monitor: which sessions wait for a person, and why. Pass it to {@link LocalNode} as its
     * {@link BlockedSessions}.
     */
    public SessionMonitors monitor() {
        return monitor;
    }

    @Override
    public void close() {
        monitor.close();
        executor.close();
        // the bus delivers what is queued (the event log writes it) before the store closes
        bus.close();
        eventLog.close();
        store.close();
    }
}
