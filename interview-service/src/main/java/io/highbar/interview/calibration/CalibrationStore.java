package io.highbar.interview.calibration;

import io.highbar.interview.session.app.OverrideLog;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.highbar.contracts.EventJson;
import io.highbar.interview.session.ScoreOverride;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code calibration} collection: one document per score override, id = overrideId. */
@Component
public class CalibrationStore implements OverrideLog {

    static final String COLLECTION = "calibration";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ReactiveMongoTemplate mongo;

    public CalibrationStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> record(ScoreOverride override) {
        Document document = Document.parse(EventJson.write(override));
        document.put("_id", override.overrideId());
        return mongo.getCollection(COLLECTION)
                .flatMap(c -> Mono.from(c.replaceOne(Filters.eq("_id", override.overrideId()), document,
                        new ReplaceOptions().upsert(true))))
                .then();
    }

    public Flux<ScoreOverride> all() {
        return mongo.getCollection(COLLECTION).flatMapMany(c -> c.find())
                .map(d -> EventJson.read(d.toJson(RELAXED), ScoreOverride.class));
    }
}
