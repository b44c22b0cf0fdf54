package io.highbar.scoring.engine.learn;

/**
 * The card exemplar a sentence comes closest to: a signal shown, a signal missed, or a flag's quote.
 *
 * @param signal the signal's index for SHOWN and MISSED, else -1
 */
record Nearest(Bank bank, int signal) {

    enum Bank { SHOWN, MISSED, FLAG }

    static Nearest of(CardReading c, int k) {
        Bank bank = Bank.SHOWN;
        int signal = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < c.shown[k].length; d++) {
            if (c.shown[k][d] > best) {
                best = c.shown[k][d];
                bank = Bank.SHOWN;
                signal = d;
            }
            if (c.missed[k][d] > best) {
                best = c.missed[k][d];
                bank = Bank.MISSED;
                signal = d;
            }
        }
        for (int f = 0; f < c.flagQuote[k].length; f++) {
            if (c.flagQuote[k][f] > best) {
                best = c.flagQuote[k][f];
                bank = Bank.FLAG;
                signal = -1;
            }
        }
        return new Nearest(bank, signal);
    }
}
