package io.highbar.scoring.engine.read;

import java.util.ArrayList;
import java.util.List;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;

/**
 * An answer as the engine reads it, once, whatever card it is scored against: sentences with offsets, who acts in
 * each, its numbers, and one embedding per sentence. Scoring a story against every card reuses one reading.
 */
public final class Reading {

    /** Sentences beyond this many are not read for evidence: 20,000 characters are about 180 sentences. */
    public static final int MAX_SENTENCES = 80;

    private final String text;
    private final Analysis analysis;
    private final List<SentenceFacts> facts;
    private final List<String> sentenceTexts;
    private final float[][] embeddings;
    private final Language.Verdict language;
    private final float[] question;
    private final float[] centroid;
    private final double echo;

    private Reading(String text, Analysis analysis, List<SentenceFacts> facts, List<String> sentenceTexts,
                    float[][] embeddings, Language.Verdict language, float[] question, double echo) {
        this.text = text;
        this.analysis = analysis;
        this.facts = facts;
        this.sentenceTexts = sentenceTexts;
        this.embeddings = embeddings;
        this.language = language;
        this.question = question;
        this.centroid = io.highbar.scoring.engine.card.Centroid.of(embeddings);
        this.echo = echo;
    }

    /** Reads an answer; the question asked (may be null) is embedded in the same call as its sentences. */
    public static Reading of(String text, String question, Nlp nlp, SentenceEncoder encoder) {
        Language.Verdict language = Language.of(text);
        Analysis analysis = new Analysis(nlp.analyze(text));
        int n = Math.min(analysis.sentences().size(), MAX_SENTENCES);
        List<SentenceFacts> facts = new ArrayList<>(n);
        List<String> texts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Sentence s = analysis.sentence(k);
            facts.add(SentenceFacts.of(analysis, k));
            texts.add(text.substring(s.start(), Math.min(s.end(), text.length())).strip());
        }
        boolean asked = question != null && !question.isBlank();
        float[][] embeddings = new float[0][];
        float[] q = null;
        if (language.kind() != Language.Kind.OTHER_LANGUAGE) {
            List<String> all = new ArrayList<>(texts);
            if (asked) {
                all.add(question.strip());
            }
            float[][] vectors = encoder.embed(all);
            embeddings = java.util.Arrays.copyOf(vectors, texts.size());
            q = asked ? vectors[texts.size()] : null;
        }
        // an answer in another language is refused before any check reads it
        boolean refused = language.kind() == Language.Kind.OTHER_LANGUAGE;
        double echo = asked && !refused ? Echo.share(analysis, new Analysis(nlp.analyze(question))) : 0;
        return new Reading(text, analysis, List.copyOf(facts), List.copyOf(texts), embeddings, language, q, echo);
    }

    public String text() {
        return text;
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The sentences read (at most {@link #MAX_SENTENCES}). */
    public int size() {
        return facts.size();
    }

    public SentenceFacts facts(int k) {
        return facts.get(k);
    }

    public String sentence(int k) {
        return sentenceTexts.get(k);
    }

    public float[] embedding(int k) {
        return embeddings[k];
    }

    /** The unit mean of the sentences' embeddings: what the answer as a whole is about (empty for none). */
    public float[] centroid() {
        return centroid;
    }

    /** The question's embedding, null when no question was given. */
    public float[] question() {
        return question;
    }

    /** The share of its content words that are the question's own ({@link Echo}); 0 without a question. */
    public double echo() {
        return echo;
    }

    /** Whether it is written as a list of short lines ({@link ClaimList}). */
    public boolean claimList() {
        return ClaimList.of(text);
    }

    public Language.Verdict language() {
        return language;
    }

    public int words() {
        return analysis.words();
    }

    /** Character span of sentence k without trailing whitespace. */
    public int[] span(int k) {
        Sentence s = analysis.sentence(k);
        int start = s.start();
        int end = Math.min(s.end(), text.length());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new int[] {start, end};
    }
}
