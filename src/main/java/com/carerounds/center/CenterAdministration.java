package com.carerounds.center;

import com.carerounds.account.Access;
import com.carerounds.account.AccountProvisioning;
import com.carerounds.geo.Location;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.References;
import com.carerounds.kernel.Versions;
import com.carerounds.solver.GeoTravelModel;
import com.carerounds.solver.Point;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health centers as administrators keep them. Staff of a center see and edit their own center; only a
 * deployment administrator (an account without a center) creates or deletes centers.
 */
@Service
public class CenterAdministration {

    /**
     * A center serves its neighbourhood: when half its elders live farther than this, its coordinates
     * are probably wrong (swapped, or a sign or digit lost), and every visit would be out of reach.
     */
    static final double PLAUSIBLE_MEDIAN_KILOMETERS = 50;
    private static final GeoTravelModel STRAIGHT_LINE = new GeoTravelModel(1.0);

    private final HealthCenterRepository centers;
    private final ElderHomes homes;
    private final List<CenterReferences> referrers;
    private final AccountProvisioning accounts;
    private final ApplicationEventPublisher events;
    private final Access access;

    public CenterAdministration(HealthCenterRepository centers, ElderHomes homes, List<CenterReferences> referrers,
                                AccountProvisioning accounts, ApplicationEventPublisher events, Access access) {
        this.centers = centers;
        this.homes = homes;
        this.referrers = referrers;
        this.accounts = accounts;
        this.events = events;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<CenterView> list() {
        Long own = access.user().centerId();
        List<HealthCenter> visible = own == null ? centers.findAll() : centers.findById(own).stream().toList();
        return visible.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CenterView get(Long id) {
        return view(find(id));
    }

    /** A new center has the default visit policy until an administrator changes it. */
    @Transactional
    public CenterView create(CenterRequest request) {
        requireDeploymentAdministrator();
        requireValidHours(request);
        if (centers.findByCode(request.code()).isPresent()) {
            throw new ConflictException("a center with code " + request.code() + " already exists");
        }
        HealthCenter saved = centers.save(new HealthCenter(request.code(), request.name(), request.address(),
                new Location(request.latitude(), request.longitude()), request.visitStart(), request.visitEnd()));
        return view(saved);
    }

    /** The code is the center's identity in imported datasets and stays as it is. */
    @Transactional
    public CenterView update(Long id, CenterRequest request) {
        HealthCenter center = find(id);
        Versions.require("center", id, center.getVersion(), request.version());
        if (!center.getCode().equals(request.code())) {
            throw new InvalidFieldException("code", "a center's code cannot change: datasets refer to it");
        }
        requireValidHours(request);
        center.update(request.name(), request.address(), new Location(request.latitude(), request.longitude()),
                request.visitStart(), request.visitEnd());
        return view(centers.save(center));
    }

    @Transactional
    public void delete(Long id) {
        requireDeploymentAdministrator();
        HealthCenter center = find(id);
        References.requireNone("center " + center.getCode(), Stream.concat(
                referrers.stream().map(r -> r.toCenter(id)), Stream.of(accounts.ofCenter(id))).toList());
        events.publishEvent(new CenterDeleted(id));
        centers.delete(center);
    }

    private CenterView view(HealthCenter center) {
        return CenterView.of(center, locationWarnings(center));
    }

    /** Saved all the same (a center may be set up before its elders move in), but said. */
    private List<String> locationWarnings(HealthCenter center) {
        Point at = point(center.getLocation());
        double[] kilometers = homes.homesAt(center.getId()).stream()
                .mapToDouble(home -> STRAIGHT_LINE.distance(at, point(home)) / 1000.0).sorted().toArray();
        if (kilometers.length == 0) {
            return List.of();
        }
        double median = kilometers.length % 2 == 1 ? kilometers[kilometers.length / 2]
                : (kilometers[kilometers.length / 2 - 1] + kilometers[kilometers.length / 2]) / 2;
        if (median <= PLAUSIBLE_MEDIAN_KILOMETERS) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "the center's location is %.0f km from the median of its %d "
                + "elders' homes (more than %.0f km): check its latitude and longitude, or visits will be "
                + "left unassigned as OUT_OF_REACH", median, kilometers.length, PLAUSIBLE_MEDIAN_KILOMETERS));
    }

    private static Point point(Location location) {
        return new Point(location.longitude(), location.latitude());
    }

    private HealthCenter find(Long id) {
        return centers.findById(id).filter(center -> access.worksAt(center.getId()))
                .orElseThrow(() -> new NotFoundException("health center", id));
    }

    private static void requireValidHours(CenterRequest request) {
        if (!HealthCenter.validHours(request.visitStart(), request.visitEnd())) {
            throw new InvalidFieldException("visitEnd", "must be after visitStart, to the minute");
        }
    }

    private void requireDeploymentAdministrator() {
        if (access.user().centerId() != null) {
            throw new AccessDeniedException("only a deployment administrator (an account without a center) "
                    + "creates or deletes health centers");
        }
    }
}
