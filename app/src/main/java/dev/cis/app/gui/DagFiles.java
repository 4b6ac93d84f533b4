package dev.cis.app.gui;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.config.ConfigException;
import dev.cis.core.dag.BuiltinAgents;
import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.dag.LoadResult;
import dev.cis.ui.main.DagFileOpener;
import dev.cis.ui.main.DagOpenException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads DAG files for the window with the agents and defaults of the user's config. */
final class DagFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DagFiles.class);

    private DagFiles() {
    }

    /** A loader knowing the built-in agents and those of {@code $CIS_HOME/config.toml} (built-ins when it is broken). */
    static DagLoader loader(CisHome home) {
        try {
            CisConfig config = CisConfig.load(home.configFile());
            return new DagLoader(config.knownAgents(), config.dagDefaults());
        } catch (ConfigException e) {
            LOG.warn("the config file has errors; DAG files are read with the built-in agents only:\n{}",
                    e.getMessage());
            return new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard());
        }
    }

    /** Opens DAG files with {@code loader}; every error of a file is in the exception's message. */
    static DagFileOpener opener(DagLoader loader) {
        return file -> {
            LoadResult r = loader.load(file);
            if (!r.ok()) {
                throw new DagOpenException(r.errors().stream().map(Diagnostic::format)
                        .collect(Collectors.joining(System.lineSeparator())));
            }
            return r.dag();
        };
    }
}
