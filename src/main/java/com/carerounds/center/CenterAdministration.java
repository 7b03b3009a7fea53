package com.carerounds.center;

import com.carerounds.account.Access;
import com.carerounds.account.AccountRepository;
import com.carerounds.elder.ElderRepository;
import com.carerounds.geo.Location;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.policy.VisitPolicyRepository;
import com.carerounds.roster.RosterRepository;
import com.carerounds.team.TeamRepository;
import com.carerounds.web.ConflictException;
import com.carerounds.web.InvalidFieldException;
import com.carerounds.web.NotFoundException;
import com.carerounds.web.Versions;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health centers as administrators keep them. Staff of a center see and edit their own center; only a
 * deployment administrator (an account without a center) creates or deletes centers.
 */
@Service
public class CenterAdministration {

    private final HealthCenterRepository centers;
    private final TeamRepository teams;
    private final ElderRepository elders;
    private final RosterRepository rosters;
    private final VisitPolicyRepository policies;
    private final AccountRepository accounts;
    private final Access access;

    public CenterAdministration(HealthCenterRepository centers, TeamRepository teams, ElderRepository elders,
                                RosterRepository rosters, VisitPolicyRepository policies,
                                AccountRepository accounts, Access access) {
        this.centers = centers;
        this.teams = teams;
        this.elders = elders;
        this.rosters = rosters;
        this.policies = policies;
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<CenterView> list() {
        Long own = access.user().centerId();
        List<HealthCenter> visible = own == null ? centers.findAll() : centers.findById(own).stream().toList();
        return visible.stream().map(CenterView::of).toList();
    }

    @Transactional(readOnly = true)
    public CenterView get(Long id) {
        return CenterView.of(find(id));
    }

    /** A new center starts with the default visit policy, as an imported one does. */
    @Transactional
    public CenterView create(CenterRequest request) {
        requireDeploymentAdministrator();
        if (centers.findByCode(request.code()).isPresent()) {
            throw new ConflictException("a center with code " + request.code() + " already exists");
        }
        HealthCenter saved = centers.save(new HealthCenter(request.code(), request.name(), request.address(),
                new Location(request.latitude(), request.longitude()), request.visitStart(), request.visitEnd()));
        policies.save(VisitPolicy.defaults(saved.getId()));
        return CenterView.of(saved);
    }

    /** The code is the center's identity in imported datasets and stays as it is. */
    @Transactional
    public CenterView update(Long id, CenterRequest request) {
        HealthCenter center = find(id);
        Versions.require("center", id, center.getVersion(), request.version());
        if (!center.getCode().equals(request.code())) {
            throw new InvalidFieldException("code", "a center's code cannot change: datasets refer to it");
        }
        center.update(request.name(), request.address(), new Location(request.latitude(), request.longitude()),
                request.visitStart(), request.visitEnd());
        return CenterView.of(centers.save(center));
    }

    @Transactional
    public void delete(Long id) {
        requireDeploymentAdministrator();
        HealthCenter center = find(id);
        long teamCount = teams.findByCenterIdOrderByCode(id).size();
        long elderCount = elders.countByCenterId(id);
        long rosterCount = rosters.findByCenterIdOrderByMonthStartDesc(id).size();
        long accountCount = accounts.countByCenterId(id);
        if (teamCount + elderCount + rosterCount + accountCount > 0) {
            throw new ConflictException("center " + center.getCode() + " still has " + teamCount + " team(s), "
                    + elderCount + " elder(s), " + rosterCount + " roster(s) and " + accountCount
                    + " account(s); delete or move them first");
        }
        // The policy (with its constraint weights) is part of setting a center up and goes with it.
        policies.findByCenterId(id).ifPresent(policies::delete);
        centers.delete(center);
    }

    private HealthCenter find(Long id) {
        HealthCenter center = centers.findById(id).orElseThrow(() -> new NotFoundException("health center", id));
        access.requireCenter(id);
        return center;
    }

    private void requireDeploymentAdministrator() {
        if (access.user().centerId() != null) {
            throw new AccessDeniedException("only a deployment administrator (an account without a center) "
                    + "creates or deletes health centers");
        }
    }
}
