package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeScannerTest {

    @Test
    void osc9TerminatedByBellIsANotification() {
        String text = "a\u001b]9;Need input\u0007b";
        EscapeScanner.Result r = EscapeScanner.scan(text);
        assertThat(r.notifications()).containsExactly(new Notification("osc9", "Need input"));
        assertThat(r.complete()).isEqualTo(text.length());
    }

    @Test
    void osc9TerminatedByStringTerminatorIsANotification() {
        assertThat(EscapeScanner.scan("\u001b]9;Done\u001b\\").notifications())
                .containsExactly(new Notification("osc9", "Done"));
    }

    @Test
    void osc777NotifyJoinsTitleAndBody() {
        assertThat(EscapeScanner.scan("\u001b]777;notify;Claude;Needs permission\u0007").notifications())
                .containsExactly(new Notification("osc777", "Claude: Needs permission"));
    }

    @Test
    void osc777WithoutBodyUsesTheTitle() {
        assertThat(EscapeScanner.scan("\u001b]777;notify;Waiting;\u0007").notifications())
                .containsExactly(new Notification("osc777", "Waiting"));
    }

    @Test
    void conEmuProgressAndOtherOscsAreNotNotifications() {
        assertThat(EscapeScanner.scan("\u001b]9;4;1;50\u0007\u001b]0;title\u0007\u001b]777;preexec\u0007"
                + "\u001b]8;;http://x\u0007link\u001b]8;;\u0007").notifications()).isEmpty();
    }

    @Test
    void aSequenceCutAtTheEndIsHeldBack() {
        assertThat(EscapeScanner.scan("hello\u001b[3").complete()).isEqualTo(5);
        assertThat(EscapeScanner.scan("hello\u001b").complete()).isEqualTo(5);
        assertThat(EscapeScanner.scan("hello\u001b]9;half").complete()).isEqualTo(5);
        assertThat(EscapeScanner.scan("hello\u001b]9;half\u001b").complete()).isEqualTo(5);
        assertThat(EscapeScanner.scan("hello\u001b(").complete()).isEqualTo(5);
    }

    @Test
    void completeSequencesAreNotHeldBack() {
        String text = "a\u001b[1;31mred\u001b[0m\u001b(B\u001b7\u001b8";
        assertThat(EscapeScanner.scan(text).complete()).isEqualTo(text.length());
    }

    @Test
    void aNotificationCutInTwoIsFoundOnceItIsWhole() {
        String first = "x\u001b]9;Appro";
        EscapeScanner.Result r1 = EscapeScanner.scan(first);
        assertThat(r1.notifications()).isEmpty();
        String held = first.substring(r1.complete());
        assertThat(EscapeScanner.scan(held + "ve?\u0007").notifications())
                .containsExactly(new Notification("osc9", "Approve?"));
    }

    @Test
    void anUnterminatedStringLongerThanTheLimitIsHandedOver() {
        String text = "\u001b]52;c;" + "A".repeat(EscapeScanner.MAX_HELD + 10);
        assertThat(EscapeScanner.scan(text).complete()).isEqualTo(text.length());
    }

    @Test
    void controlCharactersInNotificationTextAreBlanked() {
        assertThat(EscapeScanner.scan("\u001b]9;a\tb\u0007").notifications())
                .containsExactly(new Notification("osc9", "a b"));
    }
}
