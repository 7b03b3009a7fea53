package com.carerounds.roster;

import com.carerounds.elder.Elder;
import com.carerounds.geo.Location;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.solver.TravelModel;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A team's route on one day for the map: the center it leaves from and comes back to, the stops in
 * route order where the elders live, and each leg's distance and travel time by the same travel model
 * the route was planned with.
 */
@Service
public class RouteMaps {

    private final RosterInputsLoader loader;
    private final TravelModel travel;
    private final CareRoundsSettings.RouteMap tiles;

    public RouteMaps(RosterInputsLoader loader, TravelModel travel, CareRoundsSettings settings) {
        this.loader = loader;
        this.travel = travel;
        this.tiles = settings.map();
    }

    public record Place(String name, String address, double latitude, double longitude) {
    }

    public record MapStop(Long visitId, int position, LocalTime plannedStart, int durationMinutes, String elderName,
                          String address, VisitKind kind, boolean pinned, double latitude, double longitude) {
    }

    /** {@code from} and {@code to} are stop positions; null is the center. */
    public record Leg(Integer from, Integer to, long meters, int minutes) {
    }

    /** {@code tileUrl}: the configured tile URL template; null for a plain background. */
    public record RouteMap(Long rosterId, Long teamId, String teamName, LocalDate date, Place center,
                           List<MapStop> stops, List<Leg> legs, String tileUrl, String tileAttribution) {
    }

    /** The route as saved (the working plan; empty when the team has no visits that day). */
    public RouteMap route(Long rosterId, Long teamId, LocalDate date) {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        Team team = in.teams().stream().filter(t -> t.getId().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("team", teamId));
        List<Visit> route = in.visits().stream()
                .filter(v -> v.isAssigned() && v.getTeamId().equals(teamId) && v.getVisitDate().equals(date))
                .sorted(Comparator.comparing(Visit::getRoutePosition)).toList();
        Location centerAt = in.center().getLocation();
        Place center = new Place(in.center().getName(), in.center().getAddress(), centerAt.latitude(), centerAt.longitude());
        List<MapStop> stops = new ArrayList<>();
        List<Leg> legs = new ArrayList<>();
        double speed = team.getTravelMode().kilometersPerHour();
        Location at = centerAt;
        Integer from = null;
        for (int position = 0; position < route.size(); position++) {
            Visit visit = route.get(position);
            Elder elder = in.elders().get(visit.getElderId());
            Location home = elder.getLocation();
            stops.add(new MapStop(visit.getId(), position, visit.getPlannedStart(), visit.getDurationMinutes(),
                    elder.getPerson().name(), elder.getAddress(), visit.getKind(), visit.isPinned(),
                    home.latitude(), home.longitude()));
            legs.add(leg(from, position, at, home, speed));
            at = home;
            from = position;
        }
        if (!route.isEmpty()) {
            legs.add(leg(from, null, at, centerAt, speed));
        }
        return new RouteMap(rosterId, teamId, team.getName(), date, center, stops, legs,
                tiles.tileUrl().isEmpty() ? null : tiles.tileUrl(), tiles.attribution());
    }

    private Leg leg(Integer from, Integer to, Location a, Location b, double speed) {
        long meters = travel.distance(RosterPlanMapper.point(a), RosterPlanMapper.point(b));
        return new Leg(from, to, meters, Math.round(TravelModel.secondsAt(meters, speed) / 60f));
    }
}
