package com.carerounds.center;

import com.carerounds.geo.Location;
import java.util.List;

/** Where a center's elders live, answered by the elder register: to check the center's own location against. */
public interface ElderHomes {

    List<Location> homesAt(Long centerId);
}
