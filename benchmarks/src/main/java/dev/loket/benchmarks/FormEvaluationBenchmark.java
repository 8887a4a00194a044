package dev.loket.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.evaluation.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Evaluations per second of the large example form (60 components, 5 steps, 20+ rules) with
 * complete, realistic answers: the work a server does on every page of every channel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormEvaluationBenchmark {

    private FormEvaluator evaluator;
    private JsonNode data;
    private EvaluationContext context;

    @Setup
    public void setUp() throws IOException {
        evaluator = new FormEvaluator(ExampleForms.definition("bijzondere-bijstand"));
        try (InputStream in = ExampleForms.class.getResourceAsStream("/forms/bijzondere-bijstand.data.json")) {
            data = ExampleForms.JSON.readTree(in);
        }
        context = EvaluationContext.of(Language.NL);
        Submission check = evaluator.submit(data, context);
        if (!check.accepted()) {
            throw new IllegalStateException("The benchmark data must be a valid submission: " + check.errors());
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(data, context);
    }

    @Benchmark
    public Submission submit() {
        return evaluator.submit(data, context);
    }
}
