package dev.loket.identity.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One real Keycloak for all tests of this module: the distribution that Maven unpacked, started
 * in development mode on a loopback port with the test realm imported, and stopped when the JVM ends.
 */
final class Keycloak {

    static final String REALM = "loket";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-only";

    private static final Duration START_LIMIT = Duration.ofSeconds(240);
    private static volatile Keycloak running;

    final URI base;
    final Duration startup;
    private final Process process;

    private Keycloak(URI base, Process process, Duration startup) {
        this.base = base;
        this.process = process;
        this.startup = startup;
    }

    static synchronized Keycloak instance() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    URI issuer() {
        return base.resolve("/realms/" + REALM);
    }

    private static Keycloak start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.0.7"));
        String port = System.getProperty("keycloak.port", "18080");
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/loket-realm.json")) {
                Files.copy(realm, imports.resolve("loket-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            // A fresh database each run, so the realm is imported as it is in the file.
            deleteTree(home.resolve("data/h2"));
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--hostname-strict=false")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(new java.io.File(System.getProperty("keycloak.log", "target/keycloak.log")));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome());
            // Keycloak 26.0's bytecode tooling does not know Java 25 yet; it works in experimental mode.
            env.put("JAVA_OPTS_APPEND", "-Dnet.bytebuddy.experimental=true");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Instant began = Instant.now();
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            awaitRealm(base, process);
            return new Keycloak(base, process, Duration.between(began, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
    }

    /** The configured JDK for Keycloak (21 or later), or the JDK running the tests when that one is recent enough. */
    private static String javaHome() {
        Path configured = Path.of(System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (Files.isExecutable(configured.resolve("bin/java"))) {
            return configured.toString();
        }
        if (Runtime.version().feature() >= 21) {
            return System.getProperty("java.home");
        }
        throw new IllegalStateException("Keycloak 26 needs Java 21 or later: install one at " + configured
                + " or pass -Dkeycloak.java.home=...");
    }

    private static void awaitRealm(URI base, Process process) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = base.resolve("/realms/" + REALM + "/.well-known/openid-configuration");
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + System.getProperty("keycloak.log"));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException("Keycloak did not serve the realm within " + START_LIMIT);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
