package io.pmo.portfolio.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.security.PmoRole;
import io.pmo.portfolio.query.PortfolioGates;

/**
 * The tenant's stage gates, in order, and how a decision moves a candidate through them: APPROVE to the next gate
 * (with every criterion of the gate confirmed), DEFER stays, SEND_BACK to the previous gate, REJECT ends it. Only
 * a holder of one of the gate's approver roles (or a PMO admin) decides.
 */
final class GateRules {

    static final int MAX_GATES = 20;

    static final int MAX_CRITERIA = 20;

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final List<StageGate> gates;

    GateRules(List<StageGate> gates) {
        this.gates = gates.isEmpty() ? PortfolioGates.DEFAULTS : List.copyOf(gates);
    }

    /** Checks a tenant's gates: 2 to 20, unique keys, known roles, exactly one funding gate that is not the first. */
    static List<StageGate> check(List<StageGate> gates) {
        if (gates.size() < 2 || gates.size() > MAX_GATES) {
            throw new RuleViolated("A process has 2 to " + MAX_GATES + " gates", "gates",
                    "must hold 2 to " + MAX_GATES + " gates");
        }
        Set<String> keys = new HashSet<>();
        int funding = 0;
        for (int i = 0; i < gates.size(); i++) {
            StageGate gate = gates.get(i);
            String at = "gates[" + i + "]";
            if (!KEY.matcher(gate.key()).matches() || !keys.add(gate.key())) {
                throw new RuleViolated("Gate keys are unique and match [A-Z][A-Z0-9_]{0,63}", at + ".key",
                        "must be a unique key matching [A-Z][A-Z0-9_]{0,63}");
            }
            if (gate.criteria().size() > MAX_CRITERIA || new HashSet<>(gate.criteria()).size() != gate.criteria()
                    .size()) {
                throw new RuleViolated("A gate has at most " + MAX_CRITERIA + " distinct criteria", at + ".criteria",
                        "must hold at most " + MAX_CRITERIA + " distinct criteria");
            }
            if (gate.approverRoles().isEmpty()) {
                throw new RuleViolated("A gate needs an approver role", at + ".approverRoles", "must not be empty");
            }
            for (String role : gate.approverRoles()) {
                if (java.util.Arrays.stream(PmoRole.values()).noneMatch(known -> known.name().equals(role))) {
                    throw new RuleViolated("No role " + role, at + ".approverRoles", "must name platform roles");
                }
            }
            if (gate.funding()) {
                funding++;
                if (i == 0) {
                    throw new RuleViolated("A candidate enters at the first gate: it cannot be the funding gate",
                            at + ".funding", "must not be the first gate");
                }
            }
        }
        if (funding != 1) {
            throw new RuleViolated("Exactly one gate funds", "gates", "exactly one gate must have funding: true");
        }
        return List.copyOf(gates);
    }

    String first() {
        return gates.get(0).key();
    }

    String fundingGate() {
        return gates.stream().filter(StageGate::funding).findFirst().map(StageGate::key).orElseThrow();
    }

    /** Whether the candidate's gate comes before the funding gate. */
    boolean beforeFunding(String gate) {
        return index(gate) < index(fundingGate());
    }

    /** Where a decision takes a candidate at {@code gate}: checks the decider, the criteria and the direction. */
    String decide(String gate, GateDecision decision, List<String> criteriaMet, Caller caller) {
        int at = index(gate);
        if (at < 0) {
            throw StateConflict.inState("Gate " + gate + " is no longer in the tenant's process: an admin restores "
                    + "it to decide here", gate);
        }
        StageGate current = gates.get(at);
        if (!caller.internal() && !caller.isAdmin()
                && current.approverRoles().stream().noneMatch(caller.roles()::contains)) {
            throw new NotAllowed("Only " + current.approverRoles() + " decide at gate " + gate);
        }
        return switch (decision) {
            case APPROVE -> {
                List<String> missing = new ArrayList<>(current.criteria());
                missing.removeAll(criteriaMet);
                if (!missing.isEmpty()) {
                    throw new RuleViolated("Gate " + gate + " needs every criterion confirmed", "criteriaMet",
                            "must confirm " + missing);
                }
                if (at == gates.size() - 1) {
                    throw StateConflict.inState("Gate " + gate + " is the last one: nothing to approve into", gate);
                }
                yield gates.get(at + 1).key();
            }
            case DEFER -> gate;
            case SEND_BACK -> {
                if (at == 0) {
                    throw StateConflict.inState("Gate " + gate + " is the first one: nothing to send back to", gate);
                }
                yield gates.get(at - 1).key();
            }
            case REJECT -> null;
        };
    }

    private int index(String gate) {
        for (int i = 0; i < gates.size(); i++) {
            if (gates.get(i).key().equals(gate)) {
                return i;
            }
        }
        return -1;
    }
}
