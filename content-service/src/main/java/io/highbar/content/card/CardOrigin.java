package io.highbar.content.card;

/** Where the stored version of a card came from. */
public enum CardOrigin {
    /** A card file shipped with the service. */
    FILE,
    /** Imported through {@code PUT /api/competencies/{id}}. */
    ADMIN
}
