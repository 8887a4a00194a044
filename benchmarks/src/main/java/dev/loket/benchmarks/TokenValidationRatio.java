package dev.loket.benchmarks;

/**
 * The ratio of {@link TokenValidationBenchmark}'s two measurements taken interleaved, in short
 * alternating rounds in one JVM: on a shared machine whose load changes from second to second, two
 * JMH runs one after the other can differ by more than the checks cost; alternating rounds see the
 * same load. Run: {@code java -cp benchmarks/target/benchmarks.jar dev.loket.benchmarks.TokenValidationRatio}.
 */
public final class TokenValidationRatio {

    private TokenValidationRatio() {
    }

    public static void main(String[] args) throws Exception {
        for (String algorithm : new String[]{"RS256", "ES256"}) {
            TokenValidationBenchmark benchmark = new TokenValidationBenchmark();
            benchmark.algorithm = algorithm;
            benchmark.makeTokens();
            int perRound = algorithm.equals("RS256") ? 500 : 100;
            long raw = 0;
            long full = 0;
            int measured = 0;
            for (int round = 0; round < 48; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    benchmark.rawNimbusSignature();
                }
                long between = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    benchmark.tokenVerifier();
                }
                long end = System.nanoTime();
                if (round >= 8) { // warm-up rounds
                    raw += between - start;
                    full += end - between;
                    measured++;
                }
            }
            double tokens = (double) perRound * measured;
            System.out.printf("%s  raw Nimbus %,.0f tokens/s  TokenVerifier %,.0f tokens/s  ratio %.0f%%%n", algorithm,
                    tokens / (raw / 1e9), tokens / (full / 1e9), 100.0 * raw / full);
        }
    }
}
