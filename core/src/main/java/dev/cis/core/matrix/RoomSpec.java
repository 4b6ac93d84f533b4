package dev.cis.core.matrix;

import java.util.List;
import java.util.Optional;

/**
 * What {@code POST /createRoom} makes.
 *
 * @param aliasLocalpart the alias without {@code #} and server ({@code cis-status} becomes
 *     {@code #cis-status:server}), or empty for none
 * @param invite user ids to invite
 */
public record RoomSpec(String name, Optional<String> aliasLocalpart, Preset preset, Optional<String> topic,
        List<String> invite) {

    /** The spec's presets: who may join and see history. */
    public enum Preset {
        PRIVATE_CHAT("private_chat"),
        TRUSTED_PRIVATE_CHAT("trusted_private_chat"),
        PUBLIC_CHAT("public_chat");

        final String wire;

        Preset(String wire) {
            this.wire = wire;
        }
    }

    public RoomSpec {
        invite = List.copyOf(invite);
    }

    public static RoomSpec named(String name, Preset preset) {
        return new RoomSpec(name, Optional.empty(), preset, Optional.empty(), List.of());
    }

    public RoomSpec withAlias(String localpart) {
        return new RoomSpec(name, Optional.of(localpart), preset, topic, invite);
    }

    public RoomSpec withTopic(String text) {
        return new RoomSpec(name, aliasLocalpart, preset, Optional.of(text), invite);
    }

    public RoomSpec inviting(List<String> userIds) {
        return new RoomSpec(name, aliasLocalpart, preset, topic, userIds);
    }
}
