package io.highbar.content.api;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.highbar.contracts.card.CompetencyCard;

/**
 * The list filters. {@code company} matches the card's company or any of its company lenses;
 * {@code q} searches name, triggers and recognition keywords. Both ignore case; absent filters match all.
 */
record CompetencyFilter(String company, String q) implements Predicate<CompetencyCard> {

    @Override
    public boolean test(CompetencyCard card) {
        return matchesCompany(card) && matchesText(card);
    }

    private boolean matchesCompany(CompetencyCard card) {
        if (company == null || company.isBlank()) {
            return true;
        }
        String wanted = company.strip();
        return wanted.equalsIgnoreCase(card.company())
                || card.companyLenses().stream().anyMatch(lens -> wanted.equalsIgnoreCase(lens.company()));
    }

    private boolean matchesText(CompetencyCard card) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return Stream.of(Stream.of(card.name()), card.triggers().direct().stream(),
                        card.triggers().indirect().stream(), card.recognitionKeywords().stream())
                .flatMap(texts -> texts)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }
}
