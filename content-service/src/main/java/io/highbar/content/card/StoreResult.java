package io.highbar.content.card;

/**
 * @param outcome       what the upsert did
 * @param storedVersion the card version in the store afterwards
 */
public record StoreResult(Outcome outcome, int storedVersion) {

    public enum Outcome {
        INSERTED,
        REPLACED,
        /** The store already held this version or a newer one; nothing was written. */
        NOT_NEWER
    }

    public boolean written() {
        return outcome != Outcome.NOT_NEWER;
    }
}
