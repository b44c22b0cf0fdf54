package io.highbar.content.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.card.CompetencyCard;

/**
 * Checks that a card's candidate-facing texts are the seed's texts. The seed was scraped from a web page: its
 * UTF-8 was decoded as a Windows code page, so {@code ’} stands for ’ and icons became letter salad
 * ({@code šŸ“Œ}). Both sides are normalised the same way before comparing: mojibake punctuation mapped back,
 * curly quotes made straight, everything else outside ASCII dropped, whitespace collapsed.
 */
final class SeedFidelity {

    private static final Map<String, String> MOJIBAKE = new LinkedHashMap<>();

    static {
        MOJIBAKE.put("\u0101\u20ac\u2122", "'");  // ’ (right single quote)
        MOJIBAKE.put("\u0101\u20ac\u02dc", "'");  // ‘ (left single quote)
        MOJIBAKE.put("\u0101\u20ac\u0153", "\""); // “
        MOJIBAKE.put("\u0101\u20ac\u009d", "\""); // ”
        MOJIBAKE.put("\u0101\u20ac\u201d", "-");  // —
        MOJIBAKE.put("\u0101\u20ac\u201c", "-");  // –
    }

    private final String seed;

    SeedFidelity(String seedText) {
        this.seed = normalize(seedText);
    }

    static String normalize(String text) {
        String result = text;
        for (Map.Entry<String, String> mojibake : MOJIBAKE.entrySet()) {
            result = result.replace(mojibake.getKey(), mojibake.getValue());
        }
        // what is left of an icon: a lead byte read as š, ā or Ā, then more non-ASCII (which may include “)
        result = result.replaceAll("[\u0161\u0101\u0100][^\\x00-\\x7F]*", "")
                .replaceAll("[\u2018\u2019\u02bc`]", "'")
                .replaceAll("[\u201c\u201d]", "\"")
                .replaceAll("[\u2013\u2014]", "-")
                .replaceAll("[^\\x20-\\x7E\\s]", "");
        return result.replaceAll("\\s+", " ").strip();
    }

    /** @return every checked text of the card that the seed does not contain, as {@code path: text} */
    List<String> missingTexts(CompetencyCard card) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < card.signals().size(); i++) {
            CompetencyCard.Signal signal = card.signals().get(i);
            for (int j = 0; j < signal.examplePhrases().size(); j++) {
                check(missing, "$.signals[" + i + "].examplePhrases[" + j + "]", signal.examplePhrases().get(j));
            }
            check(missing, "$.signals[" + i + "].commonMiss", signal.commonMiss());
        }
        for (int i = 0; i < card.antiPatterns().size(); i++) {
            CompetencyCard.AntiPattern antiPattern = card.antiPatterns().get(i);
            check(missing, "$.antiPatterns[" + i + "].quote", antiPattern.quote());
            check(missing, "$.antiPatterns[" + i + "].detection", antiPattern.detection());
            check(missing, "$.antiPatterns[" + i + "].fix", antiPattern.fix());
        }
        for (int i = 0; i < card.redFlags().size(); i++) {
            check(missing, "$.redFlags[" + i + "].quote", card.redFlags().get(i).quote());
            check(missing, "$.redFlags[" + i + "].fix", card.redFlags().get(i).fix());
        }
        for (int i = 0; i < card.followUps().size(); i++) {
            CompetencyCard.FollowUpProbe followUp = card.followUps().get(i);
            check(missing, "$.followUps[" + i + "].weakAnswer", followUp.weakAnswer());
            check(missing, "$.followUps[" + i + "].strongAnswer", followUp.strongAnswer());
            check(missing, "$.followUps[" + i + "].strongTakeaway", followUp.strongTakeaway());
        }
        for (int i = 0; i < card.companyLenses().size(); i++) {
            CompetencyCard.CompanyLens lens = card.companyLenses().get(i);
            check(missing, "$.companyLenses[" + i + "].framing", lens.framing());
            check(missing, "$.companyLenses[" + i + "].signal", lens.signal());
            check(missing, "$.companyLenses[" + i + "].exampleQuestion", lens.exampleQuestion());
            check(missing, "$.companyLenses[" + i + "].whatElevates", lens.whatElevates());
        }
        for (int i = 0; i < card.levels().size(); i++) {
            check(missing, "$.levels[" + i + "].bar", card.levels().get(i).bar());
        }
        for (int i = 0; i < card.storyArchetypes().size(); i++) {
            check(missing, "$.storyArchetypes[" + i + "].example", card.storyArchetypes().get(i).example());
        }
        return missing;
    }

    private void check(List<String> missing, String path, String text) {
        if (text == null || !seed.contains(normalize(text))) {
            missing.add(path + ": " + text);
        }
    }
}
