package dev.cis.core.node.socket;

import java.nio.charset.StandardCharsets;

/** One frame of the control protocol: its kind and its payload. */
public record Frame(FrameKind kind, byte[] payload) {

    /** The payload as UTF-8 text (for JSON kinds). */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
