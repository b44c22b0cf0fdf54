package io.highbar.interview.story;

import java.net.URI;
import java.util.List;

import io.highbar.interview.security.Callers;
import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /api/stories}: a candidate's story bank. */
@RestController
@RequestMapping("/api/stories")
public class StoryController {

    private final StoryService stories;

    public StoryController(StoryService stories) {
        this.stories = stories;
    }

    @PostMapping
    public Mono<ResponseEntity<Story>> create(@AuthenticationPrincipal Jwt token, @RequestBody StoryRequest request) {
        return stories.create(Callers.of(token), request)
                .map(s -> ResponseEntity.created(URI.create("/api/stories/" + s.id())).body(s));
    }

    @GetMapping
    public Flux<Story> own(@AuthenticationPrincipal Jwt token) {
        return stories.own(Callers.of(token));
    }

    /**
     * The caller's story matrix: each principle's best story and status, each story's primary and secondary
     * principles. With {@code company}, the principles that company's lens stresses are marked.
     */
    @GetMapping("/coverage")
    public Mono<Coverage> coverage(@AuthenticationPrincipal Jwt token,
                                   @RequestParam(required = false) String company) {
        return stories.coverage(Callers.of(token), company);
    }

    /** The caller's bank as a printable Markdown document; {@code format} names it and only markdown exists. */
    @GetMapping(value = "/export", produces = "text/markdown;charset=UTF-8")
    public Mono<String> export(@AuthenticationPrincipal Jwt token,
                               @RequestParam(defaultValue = "markdown") String format) {
        if (!"markdown".equalsIgnoreCase(format.strip())) {
            throw new InvalidRequest(List.of(new FieldProblem("format", "'" + format + "' is not an export format; "
                    + "use markdown")));
        }
        return stories.exportMarkdown(Callers.of(token));
    }

    /** The scorer's mapping of the story's current version, one evaluation per principle; 404 until it is mapped. */
    @GetMapping("/{id}/mapping")
    public Mono<StoryMapping> mapping(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return stories.mapping(Callers.of(token), id);
    }

    @GetMapping("/{id}")
    public Mono<Story> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return stories.get(Callers.of(token), id);
    }

    @PutMapping("/{id}")
    public Mono<Story> update(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                              @RequestBody StoryRequest request) {
        return stories.update(Callers.of(token), id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return stories.delete(Callers.of(token), id);
    }

    @GetMapping("/{id}/versions")
    public Flux<StoryVersion> versions(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return stories.versions(Callers.of(token), id);
    }

    @PostMapping("/share")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> share(@AuthenticationPrincipal Jwt token, @RequestBody ShareStoriesRequest request) {
        return stories.share(Callers.of(token), request);
    }
}
