package com.carerounds.account;

import com.carerounds.web.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * The center a request is about: the one asked for, or else the signed-in user's own. A deployment
 * administrator (no center of their own) has to name one.
 */
@Component
public class CenterScope {

    private final Access access;

    public CenterScope(Access access) {
        this.access = access;
    }

    public Long resolve(Long requested) {
        Long centerId = requested != null ? requested : access.user().centerId();
        if (centerId == null) {
            throw new InvalidFieldException("centerId", "is required: your account is not bound to a center");
        }
        access.requireCenter(centerId);
        return centerId;
    }
}
