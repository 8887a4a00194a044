package dev.loket.forms.logic;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * json-logic-js 2.0.5, the reference implementation, run by Node.js ({@code src/test/node}) in one
 * process for a whole batch of cases. A missing Node or missing node_modules fails the test: the
 * differential tests are part of the definition of done, never silently skipped.
 */
final class JsonLogicJs {

    private static final Path NODE_DIR = Path.of("src/test/node");
    private static final String HOW_TO_FIX = "run `npm ci --prefix sdk-forms/src/test/node` (Node.js 18 or later"
            + " must be on the PATH); the Maven build does this in generate-test-resources";

    /** What json-logic-js made of one case. */
    record Outcome(JsonNode result, String error, boolean inexact) {
        boolean failed() {
            return error != null;
        }
    }

    private JsonLogicJs() {
    }

    static List<Outcome> apply(List<JsonNode> rules, List<JsonNode> data) {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/json-logic-js"))) {
            fail("json-logic-js is not installed in " + NODE_DIR.toAbsolutePath() + ": " + HOW_TO_FIX);
        }
        Process node;
        try {
            node = new ProcessBuilder("node", "jsonlogic-reference.js").directory(NODE_DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start `node`: " + e.getMessage() + "; " + HOW_TO_FIX, e);
        }
        CompletableFuture<Void> input = CompletableFuture.runAsync(() -> {
            try (Writer out = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
                for (int i = 0; i < rules.size(); i++) {
                    ObjectNode line = LogicJson.MAPPER.createObjectNode();
                    line.set("rule", rules.get(i));
                    line.set("data", data.get(i));
                    out.write(LogicJson.MAPPER.writeValueAsString(line));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Outcome> outcomes = new ArrayList<>(rules.size());
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode output = LogicJson.json(line);
                outcomes.add(new Outcome(output.get("result"),
                        output.has("error") ? output.get("error").asText() : null,
                        output.path("inexact").asBoolean()));
            }
            input.join();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                fail("node did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (outcomes.size() != rules.size()) {
            fail("json-logic-js answered " + outcomes.size() + " of " + rules.size() + " cases (exit code "
                    + node.exitValue() + "); " + HOW_TO_FIX);
        }
        return outcomes;
    }
}
