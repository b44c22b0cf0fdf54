package io.highbar.content.card;

import io.highbar.content.publishing.RubricPublisher;
import io.highbar.contracts.card.CompetencyCard;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Admin import of one card: validated exactly like a card file, stored only if newer, then its rubric published. */
@Component
public class CardImporter {

    private final CardReader reader;
    private final CardStore store;
    private final RubricPublisher publisher;

    public CardImporter(CardReader reader, CardStore store, RubricPublisher publisher) {
        this.reader = reader;
        this.store = store;
        this.publisher = publisher;
    }

    /**
     * @return the stored card; errors with {@link MalformedCardException}, {@link InvalidCardException} (nothing
     *         stored) or {@link VersionNotNewerException}
     */
    public Mono<CompetencyCard> importCard(String id, byte[] json) {
        return Mono.fromCallable(() -> reader.read("request body", json, id))
                .flatMap(card -> store.upsertIfNewer(card, CardOrigin.ADMIN)
                        .flatMap(result -> result.written()
                                ? publisher.publish(card).thenReturn(card)
                                : Mono.error(new VersionNotNewerException(id, card.version(), result.storedVersion()))));
    }
}
