package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * The models of a stage: one without each fold, in fold order, and the model on every fold trained alone, last; a
 * stage can train them all one at a time.
 */
class FoldsTest {

    @Test
    void foldModelsRunTwoAtATimeAndTheModelOnEveryFoldAlone() {
        CountDownLatch firstTwo = new CountDownLatch(2);
        Watch watch = new Watch();
        List<Integer> trained = new Folds(2).withoutEachAndAll(watch.training(f -> {
            if (f >= 0) {
                firstTwo.countDown();
                // the first two wait for each other, so the pool's two threads are shown to be used
                await(firstTwo);
            }
        }));
        assertThat(trained).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(watch.mostOfFolds.get()).isEqualTo(2);
        assertThat(watch.besideTheLast.get()).isZero();
    }

    @Test
    void oneAtATimeNeverTrainsTwoModelsTogether() {
        Watch watch = new Watch();
        // each model takes long enough that a second thread, were there one, would start beside it
        List<Integer> trained = new Folds(2).oneAtATime().withoutEachAndAll(watch.training(f -> sleep(100)));
        assertThat(trained).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(watch.mostOfFolds.get()).isEqualTo(1);
        assertThat(watch.besideTheLast.get()).isZero();
    }

    /** How many models train at once: at most among the fold models, and beside the model on every fold. */
    private static final class Watch {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostOfFolds = new AtomicInteger();
        final AtomicInteger besideTheLast = new AtomicInteger(-1);

        IntFunction<Integer> training(IntConsumer work) {
            return f -> {
                int now = running.incrementAndGet();
                try {
                    if (f < 0) {
                        besideTheLast.set(now - 1);
                    } else {
                        mostOfFolds.accumulateAndGet(now, Math::max);
                    }
                    work.accept(f);
                    return f;
                } finally {
                    running.decrementAndGet();
                }
            };
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
