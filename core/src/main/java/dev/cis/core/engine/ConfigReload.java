package dev.cis.core.engine;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.ConfigException;
import dev.cis.core.config.ConfigKey;
import dev.cis.core.config.ConfigKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that {@code config.toml} changed (modification time or size) and reads it again. The engine asks at the
 * start of each new run. Settings marked live apply to runs created from then on; the others, agent profiles and
 * per-agent patterns need a restart of the node, and the log says so.
 */
final class ConfigReload {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigReload.class);

    /** The outcome of a check: the new config, and what it changed that needs a restart. */
    record Change(CisConfig config, List<String> needRestart) {
    }

    private final Path file;
    private final CisConfig initial;
    private final Supplier<CisConfig> reader;
    private String stamp;

    /** @param initial the config the node started with, which restart-only settings keep */
    ConfigReload(CisConfig initial, ConfigReader reader) {
        this.file = initial.file();
        this.initial = initial;
        this.reader = () -> {
            try {
                return reader.read();
            } catch (ConfigException e) {
                LOG.error("{} changed but has errors; new runs keep the settings read before:\n{}", file,
                        e.getMessage());
                return null;
            }
        };
        this.stamp = stamp(file);
    }

    /** Reads the config; {@link ConfigException} when it is broken. */
    @FunctionalInterface
    interface ConfigReader {
        CisConfig read() throws ConfigException;
    }

    /**
     * The config read again when the file changed since the last look; live settings are compared with
     * {@code current}, the others with the config the node started with.
     */
    synchronized Optional<Change> check(CisConfig current) {
        String now = stamp(file);
        if (Objects.equals(now, stamp)) {
            return Optional.empty();
        }
        stamp = now;
        CisConfig fresh = reader.get();
        if (fresh == null) {
            return Optional.empty();
        }
        List<String> restart = new ArrayList<>();
        List<String> live = new ArrayList<>();
        for (ConfigKey k : ConfigKeys.ALL) {
            CisConfig before = k.live() ? current : initial;
            if (!Objects.equals(before.value(k).value(), fresh.value(k).value())) {
                (k.live() ? live : restart).add(k.path());
            }
        }
        if (!initial.agents().equals(fresh.agents())) {
            restart.add("agents");
        }
        if (!initial.patterns().equals(fresh.patterns())) {
            restart.add("monitor.patterns");
        }
        if (!live.isEmpty()) {
            LOG.info("{} changed; new runs use {}", file, live);
        }
        if (!restart.isEmpty()) {
            LOG.warn("{} changed {}; the node applies that after a restart: cis node stop && cis node start", file,
                    restart);
        }
        return Optional.of(new Change(fresh, List.copyOf(restart)));
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (NoSuchFileException e) {
            return "missing";
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        }
    }
}
