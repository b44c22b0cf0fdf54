package io.highbar.scoring.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The newest good rubric of every competency. Starts from the cards bundled with the service and takes each
 * newer version content-service publishes. A card the engine cannot score with is refused, and the last good
 * version stays in use.
 */
public class RubricRegistry {

    private static final Logger log = LoggerFactory.getLogger(RubricRegistry.class);
    private static final ScoringRequest PROBE = new ScoringRequest("Tell me about a time you raised the bar.",
            "I noticed our checkout tests were flaky, which was outside my sprint. Nobody had flagged it. "
                    + "I pushed back on shipping, wrote a fix for the root cause and added tests. "
                    + "We cut failed deploys from 12% to 2% in a month.", null, null);

    private final Map<String, CompetencyCard> cards = new ConcurrentHashMap<>();
    private final ScoringEngine engine;

    /** @param bundledCards where the cards bundled with the service are, as a Spring resource pattern */
    public RubricRegistry(ScoringEngine engine, String bundledCards) {
        this.engine = engine;
        loadBundled(bundledCards);
    }

    public Optional<CompetencyCard> card(String competencyId) {
        return Optional.ofNullable(cards.get(competencyId));
    }

    /** Every card in use, by competency id. */
    public List<CompetencyCard> all() {
        return cards.values().stream().sorted(java.util.Comparator.comparing(CompetencyCard::id)).toList();
    }

    /** @return true if the card became the one in use */
    public boolean offer(CompetencyCard card) {
        if (card == null || card.id() == null || card.rubric() == null) {
            log.warn("Refused a published card without id or rubric; keeping the last good version");
            return false;
        }
        CompetencyCard current = cards.get(card.id());
        if (current != null && current.rubric().version() >= card.rubric().version()) {
            return false;
        }
        try {
            engine.evaluate(card, PROBE);
        } catch (RuntimeException e) {
            log.warn("Refused rubric {} v{}: the engine cannot score with it ({}); keeping v{}", card.id(),
                    card.rubric().version(), e.toString(), current == null ? "none" : current.rubric().version());
            return false;
        }
        cards.merge(card.id(), card, (old, neu) -> neu.rubric().version() > old.rubric().version() ? neu : old);
        engine.register(card);
        log.info("Scoring {} with rubric v{}", card.id(), card.rubric().version());
        return true;
    }

    private void loadBundled(String location) {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = resource.getInputStream()) {
                    offer(EventJson.mapper().readValue(in, CompetencyCard.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled cards at " + location, e);
        }
    }
}
