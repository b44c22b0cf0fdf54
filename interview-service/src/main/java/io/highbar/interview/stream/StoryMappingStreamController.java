package io.highbar.interview.stream;

import io.highbar.contracts.EventJson;
import io.highbar.interview.security.Callers;
import io.highbar.interview.session.Caller;
import io.highbar.interview.story.StoryService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/stories/{id}/events}: a {@code story-mapping} event ({@code storyId}, {@code version}, {@code
 * mapped}) on connecting and each time it changes, so an editor shows the mapping as it arrives. Whoever may read
 * the story may watch it; anyone else gets 404, as on every story route. Counted among the caller's open streams.
 */
@RestController
public class StoryMappingStreamController {

    static final String STORY_MAPPING = "story-mapping";

    private final StoryService stories;
    private final OpenStreams streams;

    public StoryMappingStreamController(StoryService stories, OpenStreams streams) {
        this.stories = stories;
        this.streams = streams;
    }

    @GetMapping(path = "/api/stories/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> events(@AuthenticationPrincipal Jwt token,
                                                                      @PathVariable String id) {
        Caller caller = Callers.of(token);
        return stories.get(caller, id).map(story -> streams.open(caller.subject(), stories.mappingStates(id)
                .map(state -> ServerSentEvent.<String>builder().event(STORY_MAPPING)
                        .data(EventJson.write(state)).build())));
    }
}
