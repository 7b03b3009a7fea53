package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;

/** The 18-character PRC resident ID number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class NationalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private NationalId() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
    }

    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The keyed fingerprint that the unique index and the look-ups use; one per number, whatever the letter
     * case of its check character.
     */
    public static String fingerprint(String id, FieldCipher cipher) {
        return cipher.fingerprint(id.toUpperCase());
    }

    /** Keeps the region code and the last two characters, enough to tell records apart on a screen. */
    public static String mask(String id) {
        return id == null || id.length() < 8 ? "***" : id.substring(0, 6) + "**********" + id.substring(16);
    }
}
