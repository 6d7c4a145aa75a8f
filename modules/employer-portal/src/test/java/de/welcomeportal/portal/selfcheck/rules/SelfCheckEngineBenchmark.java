package de.welcomeportal.portal.selfcheck.rules;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the rules engine on one thread, over 10,000 seeded random cases that reach every pathway, each with
 * the figures of its decision date. Run with
 * {@code ./mvnw -pl modules/employer-portal -Pbenchmark test-compile exec:exec}; figures in docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SelfCheckEngineBenchmark {

    private final SelfCheckEngine engine = new SelfCheckEngine();
    private SelfCheckCase[] cases;
    private RuleFigures[] figures;
    private int next;

    @Setup
    public void prepareCases() {
        RandomCases random = new RandomCases(1L);
        cases = new SelfCheckCase[10_000];
        figures = new RuleFigures[cases.length];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = random.next();
            figures[i] = TestFigures.on(cases[i].decisionDate());
        }
    }

    @Benchmark
    public Assessment assess() {
        int i = next;
        next = i + 1 == cases.length ? 0 : i + 1;
        return engine.assess(cases[i], figures[i]);
    }
}
