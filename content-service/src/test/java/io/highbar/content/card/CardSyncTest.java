package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import io.highbar.content.publishing.RubricTopic;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.RubricPublished;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardSyncTest extends ContentServiceTest {

    @Autowired
    CardSync sync;

    @Autowired
    CardStore store;

    @Test
    void startupStoredAndPublishedEveryFileCard() {
        assertThat(store.find(TestCards.STANDARDS).block().version()).isEqualTo(1);
        assertThat(RubricTopic.readAll(TestCards.FRUGALITY)).extracting(RubricPublished::rubricVersion).contains(2);
        assertThat(RubricTopic.config()).containsEntry("cleanup.policy", "compact").containsEntry("partitions", "1");
    }

    @Test
    void runningTheLoaderAgainChangesNothing() {
        Document before = store.document(TestCards.STANDARDS).block();

        sync.upsertFileCards().block();
        sync.synchronize().block();

        assertThat(store.document(TestCards.STANDARDS).block()).isEqualTo(before);
    }

    @Test
    void aHigherVersionReplacesAndALowerOneNeverDowngrades() {
        String id = "sync-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(store.upsertIfNewer(card(id, 1), CardOrigin.FILE).block())
                .isEqualTo(new StoreResult(StoreResult.Outcome.INSERTED, 1));
        assertThat(store.upsertIfNewer(card(id, 1), CardOrigin.FILE).block())
                .isEqualTo(new StoreResult(StoreResult.Outcome.NOT_NEWER, 1));
        assertThat(store.upsertIfNewer(card(id, 2), CardOrigin.FILE).block())
                .isEqualTo(new StoreResult(StoreResult.Outcome.REPLACED, 2));
        assertThat(store.upsertIfNewer(card(id, 5), CardOrigin.ADMIN).block().outcome())
                .isEqualTo(StoreResult.Outcome.REPLACED);
        Document adminVersion = store.document(id).block();

        assertThat(store.upsertIfNewer(card(id, 3), CardOrigin.FILE).block())
                .isEqualTo(new StoreResult(StoreResult.Outcome.NOT_NEWER, 5));
        assertThat(store.document(id).block()).isEqualTo(adminVersion);
        assertThat(adminVersion.getString("origin")).isEqualTo("ADMIN");
    }

    private static CompetencyCard card(String id, int version) {
        return EventJson.mapper().treeToValue(TestCards.withId(id, version), CompetencyCard.class);
    }
}
