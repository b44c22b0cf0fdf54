package io.highbar.content.question;

/**
 * An interview question drawn from a card. The shape is relied on by interview-service.
 *
 * @param id      stable: {@code <competencyId>.<kind>.<n>}, n 1-based in card order
 * @param kind    {@code direct}, {@code indirect} or {@code follow-up}
 * @param targets the signal key a follow-up probes; null for direct and indirect questions
 */
public record Question(String id, String competencyId, String kind, String text, String targets) {
}
