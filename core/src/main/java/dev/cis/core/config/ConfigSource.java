package dev.cis.core.config;

/** Where the effective value of a setting came from; a later source wins over an earlier one. */
public enum ConfigSource {
    /** Built into cis. */
    DEFAULT,
    /** {@code config.toml}. */
    FILE,
    /** An environment variable {@code CIS_<SECTION>_<KEY>}. */
    ENVIRONMENT,
    /** A {@code --set KEY=VALUE} option of the command. */
    FLAG;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
