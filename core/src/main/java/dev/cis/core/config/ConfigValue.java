package dev.cis.core.config;

import java.util.Objects;

/**
 * The effective value of one setting.
 *
 * @param key    the setting
 * @param value  its value (Long, String, Duration or Boolean), null when unset and without a default
 * @param source where it came from
 * @param origin where exactly: {@code FILE:LINE:COL}, the environment variable, {@code --set}; "" for defaults
 */
public record ConfigValue(ConfigKey key, Object value, ConfigSource source, String origin) {

    public ConfigValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    static ConfigValue byDefault(ConfigKey key) {
        return new ConfigValue(key, key.fallback(), ConfigSource.DEFAULT, "");
    }

    /** The value as {@code config.toml} writes it. */
    public String formatted() {
        return key.format(value);
    }
}
