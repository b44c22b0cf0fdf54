package io.highbar.interview.content;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** Reads questions from content-service, on behalf of the caller: their token is relayed. */
@Component
public class ContentClient {

    private static final ParameterizedTypeReference<List<ContentQuestion>> QUESTIONS = new ParameterizedTypeReference<>() {
    };

    private static final ParameterizedTypeReference<List<ContentCompetency>> COMPETENCIES =
            new ParameterizedTypeReference<>() {
            };

    private final WebClient web;
    private final ContentProperties properties;
    // Cards and questions are the same for every caller and change rarely (an import): a minute's cache spares
    // content-service two reads per session started. Failures are never cached.
    private final Cache<String, List<ContentQuestion>> questions = Caffeine.newBuilder()
            .maximumSize(500).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<String, ContentCard> cards = Caffeine.newBuilder()
            .maximumSize(500).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<String, List<ContentCompetency>> lists = Caffeine.newBuilder()
            .maximumSize(100).expireAfterWrite(Duration.ofMinutes(1)).build();

    public ContentClient(WebClient.Builder builder, ContentProperties properties) {
        // a card is larger than an API request body may be (up to the 256 KB of a card import)
        this.web = builder.baseUrl(properties.baseUrl()).filter(relayCallersToken())
                .codecs(c -> c.defaultCodecs().maxInMemorySize(512 * 1024)).build();
        this.properties = properties;
    }

    /** @return the competency's direct questions, in card order */
    public Mono<List<ContentQuestion>> directQuestions(String competencyId) {
        List<ContentQuestion> cached = questions.getIfPresent(competencyId);
        if (cached != null) {
            return Mono.just(cached);
        }
        return fetchQuestions(competencyId).doOnNext(q -> questions.put(competencyId, q));
    }

    private Mono<List<ContentQuestion>> fetchQuestions(String competencyId) {
        return web.get()
                .uri("/api/competencies/{id}/questions?kind=direct", competencyId)
                .retrieve()
                .bodyToMono(QUESTIONS)
                .timeout(properties.timeout())
                .onErrorMap(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND
                        ? new UnknownCompetency(competencyId) : new ContentUnavailable(e))
                .onErrorMap(e -> !(e instanceof UnknownCompetency) && !(e instanceof ContentUnavailable),
                        ContentUnavailable::new);
    }

    /**
     * @param company a company lens, or null for every competency
     * @return the competencies content-service lists, those whose card or lenses name the company when one is given
     */
    public Mono<List<ContentCompetency>> competencies(String company) {
        String key = company == null ? "" : company.strip().toLowerCase(java.util.Locale.ROOT);
        List<ContentCompetency> cached = lists.getIfPresent(key);
        if (cached != null) {
            return Mono.just(cached);
        }
        return web.get()
                .uri(b -> b.path("/api/competencies").queryParamIfPresent("company",
                        java.util.Optional.ofNullable(company)).build())
                .retrieve()
                .bodyToMono(COMPETENCIES)
                .timeout(properties.timeout())
                .onErrorMap(e -> !(e instanceof ContentUnavailable), ContentUnavailable::new)
                .doOnNext(list -> lists.put(key, list));
    }

    /** @return the competency's card: signals with their rubric weights, follow-ups */
    public Mono<ContentCard> card(String competencyId) {
        ContentCard cached = cards.getIfPresent(competencyId);
        if (cached != null) {
            return Mono.just(cached);
        }
        return fetchCard(competencyId).doOnNext(c -> cards.put(competencyId, c));
    }

    private Mono<ContentCard> fetchCard(String competencyId) {
        return web.get()
                .uri("/api/competencies/{id}", competencyId)
                .retrieve()
                .bodyToMono(ContentCard.class)
                .timeout(properties.timeout())
                .onErrorMap(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND
                        ? new UnknownCompetency(competencyId) : new ContentUnavailable(e))
                .onErrorMap(e -> !(e instanceof UnknownCompetency) && !(e instanceof ContentUnavailable),
                        ContentUnavailable::new);
    }

    private static ExchangeFilterFunction relayCallersToken() {
        return (request, next) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken jwt ? jwt : null)
                .map(jwt -> ClientRequest.from(request)
                        .headers(h -> h.setBearerAuth(jwt.getToken().getTokenValue())).build())
                .defaultIfEmpty(request)
                .flatMap(next::exchange);
    }
}
