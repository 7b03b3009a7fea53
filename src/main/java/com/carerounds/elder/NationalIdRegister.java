package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;
import org.springframework.stereotype.Component;

/** Whether a national ID number is registered, found by its fingerprint: the number is stored encrypted. */
@Component
public class NationalIdRegister {

    private final FieldCipher cipher;
    private final ElderRepository elders;

    public NationalIdRegister(FieldCipher cipher, ElderRepository elders) {
        this.cipher = cipher;
        this.elders = elders;
    }

    /** At any center: a person is registered once. */
    public boolean isRegistered(String nationalId) {
        return elders.countByNationalIdHash(NationalId.fingerprint(nationalId, cipher)) > 0;
    }
}
