package dev.cis.core.config;

import dev.cis.core.dag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The config file is broken; {@link #getMessage()} lists every error as {@code FILE:LINE:COL: error: ...}. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    public ConfigException(List<Diagnostic> errors) {
        super(errors.stream().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
