package com.carerounds.roster;

import com.carerounds.solver.ContractedTeamCheck;
import com.carerounds.solver.RosterWeights;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Why each planned visit made by another team than the elder's contracted one is: the contracted team
 * lacks a skill the visit needs, is on leave that day (or the day the published revision had the visit
 * with it), works none of the days the visit may be on, is
 * full on every one of them, or had room. Worked out from the saved plan over the whole month (what
 * happened included), the way the solver sees it ({@link ContractedTeamCheck}).
 */
@Component
public class CrossCovers {

    private final RosterPlanMapper mapper;

    public CrossCovers(RosterPlanMapper mapper) {
        this.mapper = mapper;
    }

    /** By visit id; visits made by the contracted team are not in it. */
    public Map<Long, CrossCover> of(RosterPlanMapper.Inputs in) {
        Map<Long, ContractedTeamCheck.Verdict> verdicts = ContractedTeamCheck.crossCovers(
                mapper.toSavedPlan(in, new RosterWeights(), in.month().atDay(1)));
        Map<Long, Team> teams = in.teams().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        Map<Long, Visit> visits = in.visits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        Map<Long, CrossCover> crossCovers = new HashMap<>();
        verdicts.forEach((visitId, verdict) -> {
            Visit visit = visits.get(visitId);
            Long contractedId = in.contractByElder().get(visit.getElderId()).getTeamId();
            Team contracted = teams.get(contractedId);
            // On leave the day of the visit, or the day the doctors had it with their own team: the leave
            // (a sick day, training) is why it moved to another team, whatever the day it moved to.
            RosterPlanMapper.PublishedPlace published = in.published().get(visitId);
            boolean onLeave = contracted != null && (contracted.onLeave(visit.getVisitDate()) || published != null
                    && published.teamId().equals(contractedId) && contracted.onLeave(published.date()));
            crossCovers.put(visitId, new CrossCover(contractedId, ContractedTeamReason.of(verdict, onLeave),
                    RosterPlanMapper.skillsOf(verdict.missingSkills())));
        });
        return crossCovers;
    }
}
