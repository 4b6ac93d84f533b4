/**
 * A TOML 1.0 parser that keeps the line and column of every key and value, and a JSON reader that
 * builds the same positioned tree ({@link dev.cis.core.toml.TomlTable} and friends), so that files of
 * both formats are validated by one code path and every message can point at the offending text.
 *
 * <p>Both readers refuse nesting deeper than {@link dev.cis.core.toml.TomlParser#MAX_DEPTH} levels and
 * never recurse deeper than that, so hostile input cannot exhaust the stack.
 */
package dev.cis.core.toml;
