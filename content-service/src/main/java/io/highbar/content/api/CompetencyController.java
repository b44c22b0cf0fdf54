package io.highbar.content.api;

import io.highbar.content.ContentProperties;
import io.highbar.content.card.CardCatalog;
import io.highbar.content.card.CardImporter;
import io.highbar.contracts.card.CompetencyCard;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/competencies")
class CompetencyController {

    private final CardCatalog catalog;
    private final CardImporter importer;
    private final AdminAccess adminAccess;
    private final ContentProperties properties;

    CompetencyController(CardCatalog catalog, CardImporter importer, AdminAccess adminAccess,
                         ContentProperties properties) {
        this.catalog = catalog;
        this.importer = importer;
        this.adminAccess = adminAccess;
        this.properties = properties;
    }

    @GetMapping
    Flux<CompetencySummary> list(@RequestParam(required = false) String company,
                                 @RequestParam(required = false) String q) {
        return catalog.all().filter(new CompetencyFilter(company, q)).map(CompetencySummary::of);
    }

    @GetMapping("/{id}")
    Mono<CompetencyCard> card(@PathVariable String id) {
        return catalog.require(id);
    }

    @GetMapping("/{id}/rubric")
    Mono<RubricView> rubric(@PathVariable String id) {
        return catalog.require(id).map(card -> new RubricView(card.id(), card.rubric().version(), card.rubric()));
    }

    /** Admin import: the body is read here, bounded, rather than bound by a codec, so size and syntax errors are ours. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<CompetencyCard> importCard(@PathVariable String id, ServerWebExchange exchange) {
        return adminAccess.requireAdmin(exchange)
                .then(body(exchange))
                .flatMap(json -> importer.importCard(id, json));
    }

    private Mono<byte[]> body(ServerWebExchange exchange) {
        long limit = properties.maxCardSize().toBytes();
        if (exchange.getRequest().getHeaders().getContentLength() > BoundedBody.DRAIN_FACTOR * limit) {
            return Mono.error(new CardTooLargeException(properties.maxCardSize()));
        }
        return BoundedBody.read(exchange.getRequest().getBody(), limit,
                () -> new CardTooLargeException(properties.maxCardSize()));
    }
}
