package io.highbar.scoring.engine;

import java.util.Locale;

/** Target levels as candidates write them ("L5", "Senior SDE", "sde-2") in the card's level names. */
final class Levels {

    private Levels() {
    }

    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String n = raw.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
        if (n.startsWith("SENIOR") || n.equals("SDE3")) {
            return "SENIOR";
        }
        if (n.startsWith("STAFF") || n.startsWith("PRINCIPAL")) {
            return "STAFF";
        }
        if (n.equals("SDE1") || n.equals("SDEI") || n.equals("L4")) {
            return "SDE1";
        }
        if (n.equals("SDE2") || n.equals("SDEII") || n.equals("L5")) {
            return "SDE2";
        }
        return null;
    }
}
