package dev.loket.portal.it;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up citizen service numbers that pass the eleven-proof, one per test, so tests never share a person. */
final class TestPersons {

    private TestPersons() {
    }

    /** A fresh valid BSN (starting with 9, like the test numbers of RvIG). */
    static String newBsn() {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 9;
            for (int i = 1; i < 8; i++) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * digits[i];
            }
            // The eleven-proof: 9*d1 + ... + 2*d8 - d9 is a multiple of 11.
            int last = sum % 11;
            if (last <= 9) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int d : digits) {
                    bsn.append(d);
                }
                return bsn.toString();
            }
        }
    }
}
