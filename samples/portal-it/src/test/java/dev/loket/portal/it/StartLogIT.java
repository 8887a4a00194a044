package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clean start logs no warnings: operators learn to read every warning only if there are none by
 * habit. The development warnings the portal gives on purpose (temporary keys, the development
 * identity provider and sign-in) are the only exceptions, each saying what to configure.
 */
class StartLogIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("loket.it.server-log"));
    /** {@code [date] thread logger level message}, as Liberty writes messages.log. */
    private static final Pattern LINE = Pattern.compile("^\\[[^]]+] \\p{XDigit}+ (\\S+)\\s+([A-Z]) (.*)$");
    /** Loket's own warnings about a development set-up, given on purpose; each names what to configure. */
    private static final Set<String> DELIBERATE_DEVELOPMENT_WARNINGS = Set.of(
            "dev.loket.portal.IdentitySetup", "dev.loket.portal.consent.DataSubjectSetup",
            "dev.loket.core.signing.SigningKey", "dev.loket.identity.internal.web.IdentityRuntime",
            "dev.loket.portal.identity.DevIdentityProvider");

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void theOpenApiScanFindsNothingToWarnAbout() throws IOException {
        assertThat(startLines()).filteredOn(line -> line.contains("SROAP") && isWarningOrWorse(line)).isEmpty();
    }

    @Test
    void loketsOwnClassesLogNoWarningsAtStartBeyondTheDevelopmentSetUp() throws IOException {
        assertThat(startLines()).filteredOn(line -> {
            Matcher m = LINE.matcher(line);
            return m.matches() && m.group(1).startsWith("dev.loket.") && isWarningOrWorse(line)
                    && !DELIBERATE_DEVELOPMENT_WARNINGS.contains(m.group(1));
        }).isEmpty();
    }

    /** The log up to the application's start (CWWKZ0001I); what tests cause later is theirs to check. */
    private static List<String> startLines() throws IOException {
        List<String> lines = Files.readAllLines(SERVER_LOG, StandardCharsets.UTF_8);
        int started = 0;
        while (started < lines.size() && !lines.get(started).contains("CWWKZ0001I")) {
            started++;
        }
        assertThat(started).as("the application started").isLessThan(lines.size());
        return lines.subList(0, started + 1);
    }

    private static boolean isWarningOrWorse(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() && (m.group(2).equals("W") || m.group(2).equals("E"));
    }
}
