package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Keeps the national ID's fingerprint with the elder: set on every save, so that the unique index and the
 * look-up ({@link NationalIdRegister}) work on it and never on the number, which is stored encrypted (a
 * duplicate's error in the database's log names the fingerprint, not the number).
 */
@Component
public class PersonalDataProtection implements BeforeConvertCallback<Elder> {

    private final FieldCipher cipher;

    public PersonalDataProtection(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public Elder onBeforeConvert(Elder elder) {
        elder.fingerprintNationalId(NationalId.fingerprint(elder.getPerson().nationalId(), cipher));
        return elder;
    }
}
