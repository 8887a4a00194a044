package dev.loket.forms.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ids that sort by the time they were made: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds
 * followed by 74 random bits. New rows then land at the right-hand edge of a primary-key index
 * instead of at a random page of it, which keeps inserts cheap as a table grows to millions of rows.
 *
 * <p>The random bits come from a {@link SecureRandom}, as {@link UUID#randomUUID()}'s do: a submission's
 * id opens its receipt page, so it must stay unguessable; 74 random bits are plenty for that.
 */
final class TimeOrderedIds {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    UUID next() {
        long millis = clock.millis();
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        long randomA = ((bytes[0] & 0xFFL) << 8 | (bytes[1] & 0xFFL)) & 0x0FFFL;
        long randomB = 0;
        for (int i = 2; i < 10; i++) {
            randomB = randomB << 8 | (bytes[i] & 0xFFL);
        }
        long most = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randomA;
        long least = randomB & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
