package io.highbar.interview.story;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stories in MongoDB through Spring Data's mapping of the records: one document per story ({@value #STORIES}), one
 * per version of its title and text ({@value #VERSIONS}), one per interviewer a candidate shares the bank with
 * ({@value #SHARES}), one per version the scorer mapped ({@value #MAPPINGS}, {@code _id} = story id/version). A story
 * holds at most 20,000 characters of text and a mapping one evaluation per principle, so no document grows without
 * bound.
 */
@Component
class StoryStore {

    static final String STORIES = "stories";
    static final String VERSIONS = "story_versions";
    static final String SHARES = "story_shares";
    static final String MAPPINGS = "story_mappings";

    private final ReactiveMongoTemplate mongo;

    StoryStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> createIndexes() {
        return mongo.indexOps(STORIES).createIndex(new Index().on("ownerId", Sort.Direction.ASC)
                        .on("updatedAt", Sort.Direction.DESC).named("owner_newest"))
                .then(mongo.indexOps(VERSIONS).createIndex(new Index().on("storyId", Sort.Direction.ASC)
                        .on("version", Sort.Direction.ASC).unique().named("story_version")))
                .then(mongo.indexOps(STORIES).createIndex(new Index().on("publishVersion", Sort.Direction.ASC)
                        .sparse().named("to_publish")))
                .then();
    }

    Mono<Story> insert(Story story) {
        return mongo.insert(story, STORIES).flatMap(s -> mongo.insert(s.asVersion(), VERSIONS).thenReturn(s));
    }

    Mono<Story> find(String id) {
        return mongo.findById(id, Story.class, STORIES);
    }

    /** The owner's stories, most recently changed first. */
    Flux<Story> ownedBy(String ownerId) {
        return mongo.find(query(where("ownerId").is(ownerId)).with(Sort.by(Sort.Direction.DESC, "updatedAt")),
                Story.class, STORIES);
    }

    Mono<Long> countOwnedBy(String ownerId) {
        return mongo.count(query(where("ownerId").is(ownerId)), STORIES);
    }

    /**
     * Replaces {@code current} by {@code next} if nobody changed it meanwhile (same version and time).
     *
     * @return the story written, or empty if it changed meanwhile
     */
    Mono<Story> replace(Story current, Story next) {
        return mongo.findAndReplace(query(where("_id").is(current.id()).and("version").is(current.version())
                                .and("updatedAt").is(current.updatedAt())), next, STORIES)
                .flatMap(replaced -> next.version() == current.version() ? Mono.just(next)
                        : mongo.insert(next.asVersion(), VERSIONS).thenReturn(next));
    }

    Mono<Void> delete(String id) {
        return mongo.remove(query(where("_id").is(id)), STORIES)
                .then(mongo.remove(query(where("storyId").is(id)), VERSIONS))
                .then(mongo.remove(query(where("storyId").is(id)), MAPPINGS))
                .then();
    }

    /** Stories whose current version is still to be published, changed before {@code before}. */
    Flux<Story> toPublish(Instant before) {
        return mongo.find(query(where("publishVersion").exists(true).and("updatedAt").lt(before)), Story.class,
                STORIES);
    }

    /**
     * Makes sure the version a story announces is in its history (a crash may fall between the story's write and the
     * version's), then clears the story's publish mark if the story was not changed again meanwhile.
     */
    Mono<Void> markPublished(Story story) {
        StoryVersion v = story.asVersion();
        Query version = query(where("storyId").is(v.storyId()).and("version").is(v.version()));
        Update insertOnly = new Update().setOnInsert("title", v.title()).setOnInsert("text", v.text())
                .setOnInsert("savedAt", v.savedAt());
        return mongo.upsert(version, insertOnly, VERSIONS)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then(mongo.updateFirst(query(where("_id").is(story.id()).and("publishVersion")
                        .is(story.publishVersion())), new Update().unset("publishVersion"), STORIES))
                .then();
    }

    Mono<Void> saveMapping(StoryMapping mapping) {
        return mongo.save(mapping, MAPPINGS).then();
    }

    /** The mapping of each story's current version, for those mapped already. */
    Flux<StoryMapping> mappings(List<Story> stories) {
        if (stories.isEmpty()) {
            return Flux.empty();
        }
        List<String> ids = stories.stream().map(s -> StoryMapping.idOf(s.id(), s.version())).toList();
        return mongo.find(query(where("_id").in(ids)), StoryMapping.class, MAPPINGS);
    }

    /** Every version of the story, newest first. */
    Flux<StoryVersion> versions(String storyId) {
        return mongo.find(query(where("storyId").is(storyId)).with(Sort.by(Sort.Direction.DESC, "version")),
                StoryVersion.class, VERSIONS);
    }

    Mono<Void> share(StoryShare share) {
        return mongo.save(share, SHARES).then();
    }

    Mono<Boolean> isShared(String ownerId, String interviewer) {
        return mongo.exists(query(where("_id").is(StoryShare.idOf(ownerId, interviewer))), SHARES);
    }
}
