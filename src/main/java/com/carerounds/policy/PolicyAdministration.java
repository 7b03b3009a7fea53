package com.carerounds.policy;

import com.carerounds.account.Access;
import com.carerounds.center.CenterDeleted;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.Versions;
import com.carerounds.solver.RosterConstraint;
import com.carerounds.solver.RosterWeights;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's visit policy and constraint weights. A center has the defaults until an administrator
 * saves a change: reads never write, and {@link VisitPolicy#defaults} is the one place defaults come from.
 */
@Service
public class PolicyAdministration {

    private static final Logger log = LoggerFactory.getLogger(PolicyAdministration.class);

    private final VisitPolicyRepository policies;
    private final Access access;

    public PolicyAdministration(VisitPolicyRepository policies, Access access) {
        this.policies = policies;
        this.access = access;
    }

    /** One constraint of the table with the center's weight beside the default. */
    public record ConstraintWeightView(String id, String name, RosterConstraint.Level level, String defaultWeight,
                                       String weight) {
    }

    /** The center's policy, saved or the defaults; for rosters, whose callers have checked access. */
    @Transactional(readOnly = true)
    public VisitPolicy policyOf(Long centerId) {
        return policies.findByCenterId(centerId).orElseGet(() -> VisitPolicy.defaults(centerId));
    }

    /**
     * The weights a center's solves use: its administrator's over the defaults. A weight saved before
     * its constraint's level was checked, and now refused, counts as the default (and is logged), so
     * the center's rosters and weights stay readable and the weight can be set again.
     */
    @Transactional(readOnly = true)
    public RosterWeights weightsOf(Long centerId) {
        RosterWeights weights = new RosterWeights();
        policyOf(centerId).weights().forEach((id, text) -> RosterConstraint.byId(id).ifPresent(constraint -> {
            try {
                weights.with(constraint, constraint.parseWeight(text));
            } catch (IllegalArgumentException e) {
                log.warn("Center {}: saved weight of {} is refused ({}); the default applies", centerId, id,
                        e.getMessage());
            }
        }));
        return weights;
    }

    @Transactional(readOnly = true)
    public VisitPolicy read(Long centerId) {
        return policyOf(access.centerOf(centerId));
    }

    /** The policy a center has until an administrator changes it. */
    public VisitPolicy defaults(Long centerId) {
        return VisitPolicy.defaults(access.centerOf(centerId));
    }

    @Transactional
    public VisitPolicy change(Long centerId, PolicyChange change) {
        VisitPolicy policy = current(centerId, change.version());
        policy.update(change.homeHospitalBedBelow(), change.routineMinutes(), change.homeHospitalBedMinutes(),
                change.homeHospitalBedSkill(), change.tiers(), change.needRules());
        return policies.save(policy);
    }

    @Transactional(readOnly = true)
    public List<ConstraintWeightView> weights(Long centerId) {
        return views(weightsOf(access.centerOf(centerId)));
    }

    /** Ids not given keep their current weight; every id and value is checked before anything is saved. */
    @Transactional
    public VisitPolicy changeWeights(Long centerId, int version, Map<String, String> weights) {
        VisitPolicy policy = current(centerId, version);
        Map<String, String> merged = new TreeMap<>(policy.weights());
        weights.forEach((id, text) -> {
            RosterConstraint constraint = RosterConstraint.byId(id).orElseThrow(() -> new InvalidFieldException(
                    "weights." + id, "is no constraint; the ids are those of GET /api/constraint-weights"));
            try {
                merged.put(id, constraint.parseWeight(text).toShortString());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("weights." + id, e.getMessage());
            }
        });
        policy.replaceWeights(merged);
        return policies.save(policy);
    }

    public List<ConstraintWeightView> views(RosterWeights weights) {
        return Arrays.stream(RosterConstraint.values())
                .map(c -> new ConstraintWeightView(c.id(), c.displayName(), c.level(), c.defaultWeight().toShortString(),
                        weights.weight(c).toShortString()))
                .toList();
    }

    /** The policy (with its constraint weights) is part of setting a center up and goes with it. */
    @EventListener
    void centerDeleted(CenterDeleted deleted) {
        policies.findByCenterId(deleted.centerId()).ifPresent(policies::delete);
    }

    private VisitPolicy current(Long centerId, Integer version) {
        VisitPolicy policy = policyOf(access.centerOf(centerId));
        Versions.require("policy", policy.getId(), policy.getVersion(), version);
        return policy;
    }
}
