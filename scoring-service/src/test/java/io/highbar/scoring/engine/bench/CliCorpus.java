package io.highbar.scoring.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;

/**
 * Writes the CLI benchmark's input: {@code n} JSON lines of 60–300 words, seeded, so every run scores the same
 * answers. Each answer is a situation from the benchmark story followed by sentences drawn from one card (its
 * follow-ups' strong and weak answers, its signals' example phrases, its anti-pattern and red-flag quotes), with
 * mixed company lenses and target levels.
 *
 * <pre>java -cp $CP io.highbar.scoring.engine.bench.CliCorpus 1000 42 > answers.jsonl</pre>
 */
public final class CliCorpus {

    static final String[] CARDS = {"are-right-a-lot", "bias-for-action", "customer-obsession", "deliver-results",
            "dive-deep", "earn-trust", "frugality", "have-backbone-disagree-and-commit", "hire-and-develop-the-best",
            "insist-on-highest-standards", "invent-and-simplify", "learn-and-be-curious", "ownership",
            "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility", "think-big"};
    static final String[] COMPANIES = {null, null, "amazon", "google", "meta"};
    static final String[] LEVELS = {null, "SDE1", "SDE2", "SENIOR", "STAFF"};

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
        List<CompetencyCard> cards = new ArrayList<>();
        for (String id : CARDS) {
            try (InputStream in = CliCorpus.class.getClassLoader().getResourceAsStream("cards/" + id + ".json")) {
                cards.add(EventJson.mapper().readValue(in, CompetencyCard.class));
            }
        }
        String[] story = ScoringBenchmark.STORY.split("(?<=\\.) ");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            CompetencyCard card = cards.get(random.nextInt(cards.size()));
            List<String> pool = sentences(card);
            int target = 60 + random.nextInt(241);
            StringBuilder answer = new StringBuilder(story[0]);
            while (words(answer) < target) {
                answer.append(' ').append(pool.get(random.nextInt(pool.size())));
            }
            Map<String, String> line = new LinkedHashMap<>();
            line.put("id", "a" + i);
            line.put("competencyId", card.id());
            line.put("question", card.headlineQuestion());
            line.put("answer", answer.toString());
            String company = COMPANIES[random.nextInt(COMPANIES.length)];
            if (company != null) {
                line.put("company", company);
            }
            String level = LEVELS[random.nextInt(LEVELS.length)];
            if (level != null) {
                line.put("targetLevel", level);
            }
            out.println(EventJson.write(line));
        }
        out.flush();
    }

    private static List<String> sentences(CompetencyCard card) {
        List<String> pool = new ArrayList<>();
        card.followUps().forEach(f -> {
            pool.add(f.strongAnswer());
            pool.add(f.weakAnswer());
        });
        card.signals().forEach(s -> s.examplePhrases().forEach(p -> pool.add(sentence(p))));
        card.antiPatterns().forEach(a -> pool.add(a.quote()));
        card.redFlags().forEach(r -> pool.add(r.quote()));
        return pool;
    }

    private static String sentence(String phrase) {
        String s = phrase.strip();
        String capital = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private static int words(CharSequence text) {
        return text.toString().split("\\s+").length;
    }
}
