package dev.cis.core.node.socket;

import java.util.Optional;

/**
 * What a frame of the control protocol carries. JSON kinds hold one UTF-8 JSON object; binary kinds hold
 * terminal bytes as they are.
 */
public enum FrameKind {
    /** First frame each way: protocol version and who is speaking (JSON). */
    HELLO(1),
    /** A call of the node API: {@code {"id", "method", "params"}} (JSON). */
    REQUEST(2),
    /** The result of a request: {@code {"id", "result"}} (JSON). */
    RESPONSE(3),
    /** A refused request or a protocol violation: {@code {"id", "kind", "message"}} (JSON). */
    ERROR(4),
    /** An event of a subscription, in the form of {@code EventJson} (JSON). */
    EVENT(5),
    /** Terminal output of an attached session (binary). */
    OUTPUT(6),
    /** Keystrokes for an attached session (binary). */
    INPUT(7),
    /** The client's terminal size: {@code {"cols", "rows"}} (JSON). */
    RESIZE(8),
    /** Output was dropped for this client because it read too slowly: {@code {"dropped_bytes"}} (JSON). */
    OVERFLOW(9),
    /** The attached session ended: {@code {"exit_code"}} (JSON). */
    EXIT(10);

    private final byte code;

    FrameKind(int code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    public static Optional<FrameKind> of(byte code) {
        for (FrameKind k : values()) {
            if (k.code == code) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
