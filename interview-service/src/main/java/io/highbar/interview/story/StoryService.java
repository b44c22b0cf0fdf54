package io.highbar.interview.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.highbar.contracts.story.StoryMapped;
import io.highbar.interview.content.ContentClient;
import io.highbar.interview.content.ContentCompetency;
import io.highbar.interview.session.Caller;
import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A candidate's story bank. A story is private to its owner: anyone else is told it does not exist (404), except an
 * interviewer the owner shared the bank with and admins, who may read it; only the owner changes it.
 */
@Service
public class StoryService {

    static final int MAX_STORIES = 100;
    static final long STATE_POLL_MILLIS = 500;

    private final StoryStore store;
    private final StoryOutbox outbox;
    private final ContentClient content;
    private final Clock clock;

    public StoryService(StoryStore store, StoryOutbox outbox, ContentClient content, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.content = content;
        this.clock = clock;
    }

    public Mono<Void> createIndexes() {
        return store.createIndexes();
    }

    /**
     * The bank's limit is checked by counting first: two saves at the same moment may both pass at 99 stories, and the
     * bank then holds 101; the next save is refused all the same.
     */
    public Mono<Story> create(Caller caller, StoryRequest request) {
        StoryFields fields = StoryFields.of(request);
        return store.countOwnedBy(caller.subject()).flatMap(count -> {
            if (count >= MAX_STORIES) {
                return Mono.error(new StoryBankFull(MAX_STORIES));
            }
            Instant now = now();
            return store.insert(Story.created(UUID.randomUUID().toString(), caller.subject(), fields, now))
                    .doOnNext(outbox::publishNow);
        });
    }

    /** The caller's own stories, most recently changed first. */
    public Flux<Story> own(Caller caller) {
        return store.ownedBy(caller.subject());
    }

    public Mono<Story> get(Caller caller, String id) {
        return store.find(id)
                .filterWhen(story -> mayRead(caller, story))
                .switchIfEmpty(Mono.error(() -> new StoryNotFound(id)));
    }

    public Mono<Story> update(Caller caller, String id, StoryRequest request) {
        StoryFields fields = StoryFields.of(request);
        return Mono.defer(() -> owned(caller, id)
                        .flatMap(current -> store.replace(current, current.edited(fields, now())))
                        .doOnNext(outbox::publishNow)
                        .switchIfEmpty(Mono.error(new ChangedMeanwhile())))
                .retryWhen(Retry.max(10).filter(ChangedMeanwhile.class::isInstance));
    }

    public Mono<Void> delete(Caller caller, String id) {
        return owned(caller, id).flatMap(story -> store.delete(story.id()));
    }

    /**
     * Keeps the scorer's mapping of one version of a story. Idempotent: a redelivery rewrites the same document. A
     * mapping for a story deleted meanwhile is dropped.
     */
    public Mono<Void> recordMapping(StoryMapped mapped) {
        return store.find(mapped.storyId())
                .flatMap(story -> store.saveMapping(StoryMapping.of(mapped)))
                .then();
    }

    /**
     * The caller's matrix over every competency content-service lists; with a company, the principles its lens
     * stresses are marked.
     */
    public Mono<Coverage> coverage(Caller caller, String company) {
        return competencies(company).flatMap(competencies -> bank(caller)
                .map(bank -> Coverage.of(bank.stories(), bank.mappings(), competencies)));
    }

    /** The caller's bank as Markdown: each story in STAR form with the principles it covers and its best quotes. */
    public Mono<String> exportMarkdown(Caller caller) {
        return competencies(null).flatMap(competencies -> bank(caller)
                .map(bank -> StoryExport.markdown(bank.stories(), bank.mappings(),
                        Coverage.of(bank.stories(), bank.mappings(), competencies), competencies,
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))));
    }

    private Mono<List<Competency>> competencies(String company) {
        Mono<Set<String>> stressed = company == null || company.isBlank() ? Mono.just(Set.of())
                : content.competencies(company).map(list -> list.stream().map(ContentCompetency::id)
                        .collect(Collectors.toSet()));
        return Mono.zip(content.competencies(null), stressed)
                .map(t -> t.getT1().stream().map(c -> new Competency(c.id(), c.name(), t.getT2().contains(c.id())))
                        .toList());
    }

    /** The caller's stories, newest first, with the mapping of each one's current version (where there is one). */
    private Mono<Bank> bank(Caller caller) {
        return store.ownedBy(caller.subject()).collectList()
                .flatMap(own -> store.mappings(own).collectList().map(mappings -> new Bank(own, mappings)));
    }

    private record Bank(List<Story> stories, List<StoryMapping> mappings) {
    }

    /** The mapping of the story's current version; not found until the scorer has mapped it. */
    public Mono<StoryMapping> mapping(Caller caller, String id) {
        return get(caller, id)
                .flatMap(story -> store.mappings(List.of(story)).next()
                        .switchIfEmpty(Mono.error(() -> new StoryNotMapped(id))));
    }

    /**
     * The story's mapping state, each time it changes: its version and whether that version is mapped. The stream
     * reads the story and its mapping by id every {@value #STATE_POLL_MILLIS} ms, which needs nothing shared between
     * instances (the mapping may be stored by any of them); it ends when the story is deleted.
     */
    public Flux<MappingState> mappingStates(String id) {
        return Flux.interval(Duration.ZERO, Duration.ofMillis(STATE_POLL_MILLIS)).onBackpressureDrop()
                .concatMap(tick -> store.find(id)
                        .flatMap(story -> store.mappings(List.of(story)).hasElements()
                                .map(mapped -> new MappingState(story.id(), story.version(), mapped)))
                        .defaultIfEmpty(MappingState.GONE), 1)
                .takeWhile(state -> state != MappingState.GONE)
                .distinctUntilChanged();
    }

    public Flux<StoryVersion> versions(Caller caller, String id) {
        return get(caller, id).flatMapMany(story -> store.versions(story.id()));
    }

    /** The caller (a candidate) lets an interviewer read every story of their bank. Idempotent. */
    public Mono<Void> share(Caller caller, ShareStoriesRequest request) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw new InvalidRequest(List.of(new FieldProblem("username", "is required: the interviewer's username")));
        }
        String interviewer = request.username().strip();
        return store.share(new StoryShare(StoryShare.idOf(caller.subject(), interviewer), caller.subject(),
                interviewer, now()));
    }

    /** What is stored keeps milliseconds: a story read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Mono<Story> owned(Caller caller, String id) {
        return get(caller, id).flatMap(story -> story.ownerId().equals(caller.subject()) ? Mono.just(story)
                : Mono.error(new StoryRefused("Only the story's owner changes it; you may read it.")));
    }

    private Mono<Boolean> mayRead(Caller caller, Story story) {
        if (caller.isAdmin() || story.ownerId().equals(caller.subject())) {
            return Mono.just(true);
        }
        return store.isShared(story.ownerId(), caller.subject());
    }

    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super("story changed concurrently", null, false, false);
        }
    }
}
