package com.carerounds.account;

import com.carerounds.kernel.NotFoundException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see, checked where the data is read: a doctor their own team, a
 * dispatcher or administrator their own center, a deployment administrator every center.
 */
@Component
public class Access {

    public SignedInUser user() {
        return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    public void requireCenter(Long centerId) {
        if (!worksAt(centerId)) {
            throw new AccessDeniedException("this belongs to another health center");
        }
    }

    /**
     * Whether the signed-in staff member keeps or reads the center's records. A record of a center they
     * do not work at is answered as missing (404), like one that does not exist, so that ids of other
     * centers' records tell nothing.
     */
    public boolean worksAt(Long centerId) {
        SignedInUser user = user();
        return user.role() != Role.DOCTOR && (user.centerId() == null || user.centerId().equals(centerId));
    }

    /**
     * The center a request is about: the user's own, or for a deployment administrator the one named.
     */
    public Long centerOf(Long requested) {
        SignedInUser user = user();
        if (user.centerId() == null) {
            if (requested == null) {
                throw new IllegalArgumentException("centerId is required for an administrator of every center");
            }
            return requested;
        }
        requireCenter(requested == null ? user.centerId() : requested);
        return user.centerId();
    }

    /**
     * A doctor their own team only; staff the teams of their center ({@code teamCenterId}, null for no
     * team, looked up only for staff: a doctor's visit list pays no team read), another center's team
     * being answered as missing.
     */
    public void requireTeam(Long teamId, Supplier<Long> teamCenterId) {
        SignedInUser user = user();
        if (user.role() == Role.DOCTOR) {
            if (!teamId.equals(user.teamId())) {
                throw new AccessDeniedException("a doctor sees their own team's visits only");
            }
            return;
        }
        Long center = teamCenterId.get();
        if (center == null || !worksAt(center)) {
            throw new NotFoundException("team", teamId);
        }
    }
}
