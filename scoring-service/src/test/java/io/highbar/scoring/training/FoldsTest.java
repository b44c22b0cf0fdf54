package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The models of a stage: one without each fold, in fold order, and the model on every fold trained alone, last; a
 * stage can train them all one at a time.
 */
class FoldsTest {

    @Test
    void foldModelsRunTwoAtATimeAndTheModelOnEveryFoldAlone() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostBesideEachOther = new AtomicInteger();
        AtomicInteger besideTheLast = new AtomicInteger(-1);
        CountDownLatch firstTwo = new CountDownLatch(2);
        List<Integer> trained = new Folds(2).withoutEachAndAll(f -> {
            int now = running.incrementAndGet();
            try {
                if (f < 0) {
                    besideTheLast.set(now - 1);
                } else {
                    mostBesideEachOther.accumulateAndGet(now, Math::max);
                    firstTwo.countDown();
                    // the first two wait for each other, so the pool's two threads are shown to be used
                    firstTwo.await(5, TimeUnit.SECONDS);
                }
                return f;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        });
        assertThat(trained).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(mostBesideEachOther.get()).isEqualTo(2);
        assertThat(besideTheLast.get()).isZero();
    }

    @Test
    void oneAtATimeNeverTrainsTwoModelsTogether() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> trained = new Folds(2).oneAtATime().withoutEachAndAll(f -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
                return f;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        });
        assertThat(trained).containsExactly(0, 1, 2, 3, 4, -1);
        assertThat(most.get()).isEqualTo(1);
    }
}
