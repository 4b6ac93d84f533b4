package dev.cis.core.run;

import dev.cis.core.dag.Level;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.store.Approval;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the decisions of people about a gated task amount to. For {@code confirmed} and {@code recommended}
 * the latest decision counts. For {@code arbitrated} each listed stakeholder has one vote (the latest
 * counts) and a decision takes effect once a majority of the stakeholders made it: more than half approve
 * and the task starts, more than half skip or abort and it is skipped or the run is aborted.
 */
public final class Approvals {

    private Approvals() {
    }

    /** The decision in effect, or null while none is. */
    public static ApprovalDecision effective(Level level, List<Approval> decisions) {
        if (decisions.isEmpty()) {
            return null;
        }
        if (level.type() != Level.Type.ARBITRATED) {
            return decisions.get(decisions.size() - 1).decision();
        }
        Map<String, ApprovalDecision> votes = new LinkedHashMap<>();
        for (Approval a : decisions) {
            if (level.stakeholders().contains(a.by())) {
                votes.put(a.by(), a.decision());
            }
        }
        Map<ApprovalDecision, Integer> counts = new EnumMap<>(ApprovalDecision.class);
        votes.values().forEach(d -> counts.merge(d, 1, Integer::sum));
        int majority = level.stakeholders().size() / 2 + 1;
        for (Map.Entry<ApprovalDecision, Integer> e : counts.entrySet()) {
            if (e.getValue() >= majority) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Who decides, as recorded: for an arbitrated task the stakeholder {@code by} names (the full Matrix id, or
     * its local part: {@code ana} for {@code @ana:example.org}); anyone for other levels.
     *
     * @throws IllegalArgumentException when {@code by} is not one of an arbitrated task's stakeholders
     */
    public static String decider(Level level, String taskId, String by) {
        if (level.type() != Level.Type.ARBITRATED) {
            return by;
        }
        for (String s : level.stakeholders()) {
            if (s.equals(by) || localPart(s).equals(by)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + by + "' is not a stakeholder of task '" + taskId
                + "' (stakeholders: " + String.join(", ", level.stakeholders()) + "); decide as one of them with --as");
    }


    private static String localPart(String matrixId) {
        int colon = matrixId.indexOf(':');
        String s = matrixId.startsWith("@") ? matrixId.substring(1) : matrixId;
        return colon > 0 ? s.substring(0, s.indexOf(':')) : s;
    }
}
