package io.highbar.content.card;

import java.time.Duration;
import java.util.List;

import io.highbar.content.ContentProperties;
import io.highbar.content.publishing.RubricPublisher;
import io.highbar.contracts.card.CompetencyCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * At startup: validates every card file (in the constructor, so a bad file stops the context before it serves
 * anything), upserts the cards into the store, then publishes the rubric of every stored card, including
 * cards an admin imported at a higher version than their file. A SIGTERM that arrives before it finishes stops it:
 * with the broker gone every publish would otherwise block for the producer's 10 s, after the shutdown began and
 * while the process is expected to leave (both steps are idempotent, so the next start completes them).
 */
@Component
public class CardSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CardSync.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final List<CompetencyCard> fileCards;
    private final CardStore store;
    private final RubricPublisher publisher;
    private final Sinks.One<Boolean> closing = Sinks.one();

    public CardSync(CardFileLoader loader, ContentProperties properties, CardStore store, RubricPublisher publisher) {
        this.fileCards = loader.load(properties.cardsLocation());
        this.store = store;
        this.publisher = publisher;
        log.info("Loaded {} valid card file(s) from {}", fileCards.size(), properties.cardsLocation());
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronize().takeUntilOther(closing.asMono()).block(STARTUP_TIMEOUT);
    }

    @EventListener(ContextClosedEvent.class)
    void stopOnClose() {
        closing.tryEmitValue(true);
    }

    public Mono<Void> synchronize() {
        return upsertFileCards().then(publishStoredRubrics());
    }

    public Mono<Void> upsertFileCards() {
        return Flux.fromIterable(fileCards)
                .concatMap(card -> store.upsertIfNewer(card, CardOrigin.FILE)
                        .doOnNext(result -> log.info("Card {} v{} from file: {} (stored version {})",
                                card.id(), card.version(), result.outcome(), result.storedVersion())))
                .then();
    }

    private Mono<Void> publishStoredRubrics() {
        return store.findAll()
                .concatMap(card -> publisher.publish(card)
                        .doOnSuccess(done -> log.info("Published rubric {} v{}", card.id(), card.rubric().version())))
                .then();
    }
}
