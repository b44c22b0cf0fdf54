package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The models of one stage trained without each fold of the waves (and on all of them), a few at a time. Each model
 * is trained from its own examples with a fixed seed, so which finishes first changes nothing: the result is the same
 * one at a time or two at a time ({@code TrainerTest} trains both ways and compares). Two at a time, the default, takes
 * about two thirds of the wait on two cores (each runs slower beside the other) and twice the memory, since each
 * holds its own copy of the stage's examples: one at a time is for a machine whose memory the corpus has outgrown.
 * The model on every fold holds a quarter more examples than any other, so it is trained alone, after the others:
 * beside a fold model it would make the pair that needs the most memory.
 * A stage whose examples are too many for two copies trains {@link #oneAtATime() one at a time} whatever the default.
 */
final class Folds {

    static final int DEFAULT_AT_ONCE = 2;

    private final int atOnce;

    Folds(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("models are trained at least one at a time, not " + atOnce);
        }
        this.atOnce = atOnce;
    }

    /** The same folds, their models trained one at a time. */
    Folds oneAtATime() {
        return atOnce == 1 ? this : new Folds(1);
    }

    /** Element f is trained without fold f. */
    <T> List<T> withoutEach(IntFunction<T> train) {
        return run(Trainer.FOLDS, train);
    }

    /** Element f is trained without fold f; the last, on every fold, alone once the others are done. */
    <T> List<T> withoutEachAndAll(IntFunction<T> train) {
        List<T> out = new ArrayList<>(run(Trainer.FOLDS, train));
        out.add(train.apply(-1));
        return out;
    }

    private <T> List<T> run(int count, IntFunction<T> train) {
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int f = 0; f < count; f++) {
                int fold = f;
                futures.add(pool.submit(() -> train.apply(fold)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
