package dev.cis.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.dag.Level;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.store.Approval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalsTest {

    private static final Level THREE = new Level(Level.Type.ARBITRATED, 0, Level.DefaultAction.EXECUTE,
            List.of("@ana:example.org", "@bo:example.org", "@cy:example.org"));
    private static final Level CONFIRMED = new Level(Level.Type.CONFIRMED, 0, Level.DefaultAction.EXECUTE, List.of());

    private static Approval vote(String by, ApprovalDecision d) {
        return new Approval("r", "t", d, by, Instant.EPOCH);
    }

    @Test
    void oneApprovalOfThreeStakeholdersIsNotEnough() {
        assertThat(Approvals.effective(THREE, List.of(vote("@ana:example.org", ApprovalDecision.APPROVE)))).isNull();
    }

    @Test
    void aMajorityOfStakeholdersApproves() {
        assertThat(Approvals.effective(THREE, List.of(vote("@ana:example.org", ApprovalDecision.APPROVE),
                vote("@cy:example.org", ApprovalDecision.APPROVE)))).isEqualTo(ApprovalDecision.APPROVE);
    }

    @Test
    void aStakeholderCountsOnceWithTheirLatestDecision() {
        assertThat(Approvals.effective(THREE, List.of(vote("@ana:example.org", ApprovalDecision.APPROVE),
                vote("@ana:example.org", ApprovalDecision.APPROVE), vote("@bo:example.org", ApprovalDecision.APPROVE),
                vote("@bo:example.org", ApprovalDecision.SKIP)))).isNull();
    }

    @Test
    void aMajorityThatSkipsSkipsTheTask() {
        assertThat(Approvals.effective(THREE, List.of(vote("@ana:example.org", ApprovalDecision.SKIP),
                vote("@bo:example.org", ApprovalDecision.SKIP)))).isEqualTo(ApprovalDecision.SKIP);
    }

    @Test
    void otherLevelsTakeTheLatestDecision() {
        assertThat(Approvals.effective(CONFIRMED, List.of(vote("me", ApprovalDecision.SKIP),
                vote("me", ApprovalDecision.APPROVE)))).isEqualTo(ApprovalDecision.APPROVE);
    }

    @Test
    void aStakeholderIsNamedByIdOrLocalPart() {
        assertThat(Approvals.decider(THREE, "t", "bo")).isEqualTo("@bo:example.org");
        assertThat(Approvals.decider(THREE, "t", "@cy:example.org")).isEqualTo("@cy:example.org");
    }

    @Test
    void someoneElseCannotDecideAnArbitratedTask() {
        assertThatThrownBy(() -> Approvals.decider(THREE, "ship", "eve"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'eve' is not a stakeholder of task 'ship' (stakeholders: @ana:example.org,"
                        + " @bo:example.org, @cy:example.org); decide as one of them with --as");
    }
}
