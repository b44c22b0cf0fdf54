package io.highbar.content.card;

import io.highbar.contracts.card.CompetencyCard;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read access to the stored cards for the API. */
@Component
public class CardCatalog {

    private final CardStore store;

    public CardCatalog(CardStore store) {
        this.store = store;
    }

    /** @return the card, or an error {@link CompetencyNotFoundException} */
    public Mono<CompetencyCard> require(String id) {
        return store.find(id).switchIfEmpty(Mono.error(() -> new CompetencyNotFoundException(id)));
    }

    public Flux<CompetencyCard> all() {
        return store.findAll();
    }
}
