package com.carerounds.account;

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
        SignedInUser user = user();
        if (user.role() == Role.DOCTOR || (user.centerId() != null && !user.centerId().equals(centerId))) {
            throw new AccessDeniedException("this belongs to another health center");
        }
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

    /** A doctor their own team only; staff the teams of their center ({@code teamCenterId}, null for no team). */
    public void requireTeam(Long teamId, Long teamCenterId) {
        SignedInUser user = user();
        if (user.role() == Role.DOCTOR) {
            if (!teamId.equals(user.teamId())) {
                throw new AccessDeniedException("a doctor sees their own team's visits only");
            }
            return;
        }
        if (teamCenterId == null || (user.centerId() != null && !user.centerId().equals(teamCenterId))) {
            throw new AccessDeniedException("this team belongs to another health center");
        }
    }
}
