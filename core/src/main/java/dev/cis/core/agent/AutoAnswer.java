package dev.cis.core.agent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule that answers a question without a person: when {@code when} shows on screen, {@code reply} is
 * typed. Rules only apply when the profile's {@code auto_answer} is on (off by default).
 */
public record AutoAnswer(String name, Pattern when, String reply) {

    public AutoAnswer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reply, "reply");
    }
}
