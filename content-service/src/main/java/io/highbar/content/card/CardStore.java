package io.highbar.content.card;

import java.time.Clock;
import java.util.Comparator;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One MongoDB document per card, {@code _id} = card id. Every write is a single conditional upsert
 * ({@code version < new version}), so without transactions a card is never downgraded and writing the same
 * version twice changes nothing. The card itself is kept as the contract's JSON, so stored and served
 * shapes cannot drift.
 */
@Component
public class CardStore {

    static final String COLLECTION = "competency_cards";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public CardStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<StoreResult> upsertIfNewer(CompetencyCard card, CardOrigin origin) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(card.id()).and("version").lt(card.version()));
        Update replace = new Update()
                .set("version", card.version())
                .set("origin", origin.name())
                .set("storedAt", clock.instant())
                .set("card", Document.parse(EventJson.write(card)));
        return mongo.upsert(olderOrAbsent, replace, COLLECTION)
                .map(result -> new StoreResult(result.getUpsertedId() != null
                        ? StoreResult.Outcome.INSERTED : StoreResult.Outcome.REPLACED, card.version()))
                // the filter missed an existing document, so the upsert tried to insert a second one with its _id
                .onErrorResume(DuplicateKeyException.class, conflict -> storedVersion(card.id())
                        .map(stored -> new StoreResult(StoreResult.Outcome.NOT_NEWER, stored)));
    }

    public Mono<CompetencyCard> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(CardStore::card);
    }

    public Flux<CompetencyCard> findAll() {
        return mongo.findAll(Document.class, COLLECTION)
                .map(CardStore::card)
                .sort(Comparator.comparing(CompetencyCard::name, String.CASE_INSENSITIVE_ORDER));
    }

    /** The raw stored document, for checks that nothing changed. */
    public Mono<Document> document(String id) {
        return mongo.findById(id, Document.class, COLLECTION);
    }

    private Mono<Integer> storedVersion(String id) {
        return document(id).map(document -> document.getInteger("version"));
    }

    private static CompetencyCard card(Document document) {
        return EventJson.read(document.get("card", Document.class).toJson(), CompetencyCard.class);
    }
}
