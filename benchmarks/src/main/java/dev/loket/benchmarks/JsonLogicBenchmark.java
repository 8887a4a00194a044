package dev.loket.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loket.forms.logic.JsonLogic;
import dev.loket.forms.logic.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rule evaluations per second over the official JSON Logic test suite: every case's rule, compiled
 * once, applied to its data. {@code benchmarks/node/bench.js} measures json-logic-js on the same
 * cases, so {@code benchmarks/run.sh} can print both side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonLogicBenchmark {

    @Param("testdata/jsonlogic-official/tests.json")
    public String suite;

    private final List<Rule> rules = new ArrayList<>();
    private final List<JsonNode> data = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        for (JsonNode test : new ObjectMapper().readTree(new File(suite))) {
            if (test.isArray()) {
                rules.add(JsonLogic.compile(test.get(0)));
                data.add(test.get(1));
            }
        }
    }

    /** One operation is one rule evaluation; the suite's cases are taken in turn, whatever its size. */
    @Benchmark
    public JsonNode evaluateSuite() {
        int i = next;
        next = i + 1 == rules.size() ? 0 : i + 1;
        return rules.get(i).evaluate(data.get(i));
    }
}
