package io.highbar.scoring.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.text.Analysis;

/** The share of an answer that is the question's own words: high for an answer that says the question back. */
class EchoTest {

    private static final Nlp NLP = new Nlp();
    private static final String QUESTION = "Tell me about a time you questioned a number in a dashboard.";

    private static double share(String answer) {
        return Echo.share(new Analysis(NLP.analyze(answer)), new Analysis(NLP.analyze(QUESTION)));
    }

    @Test
    void anAnswerThatSaysTheQuestionBackIsMostlyTheQuestionsWords() {
        assertThat(share("Questioning a number in a dashboard, yes. There was a number in a dashboard and I "
                + "questioned that number, because numbers in dashboards should be questioned. A dashboard number "
                + "is only a number until somebody questions it, and questioning it is what I did. Dashboards are "
                + "full of numbers, and a number you have not questioned is a number you should question. So that "
                + "was the time I questioned a number in a dashboard.")).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aStoryThatAnswersTheQuestionBringsItsOwnWords() {
        assertThat(share("I run dispatch for a regional courier. Our on-time figure jumped from 88 to 97 percent in "
                + "one week although nothing in the depots had changed. I pulled the raw scans for two routes and "
                + "saw that parcels marked as failed deliveries were being dropped from the count. I showed the "
                + "operations director both versions side by side, the report was fixed the same day, and the real "
                + "figure, 86 percent, went into the next customer review.")).isLessThan(0.1);
    }

    @Test
    void aShortStoryThatNamesItsTopicIsNotAnEcho() {
        assertThat(share("The weekly dashboard said returns had doubled. I doubted the number, so I pulled the "
                + "warehouse scans myself and found every exchange logged twice. I showed finance, they fixed the "
                + "query, and the dashboard number went back to four percent.")).isLessThan(0.2);
    }

    @Test
    void anAnswerTooShortToJudgeReadsAsNoEcho() {
        assertThat(share("I questioned a dashboard number.")).isZero();
    }

    @Test
    void aWordsCommonFormsShareAStem() {
        assertThat(Echo.stem("questioned")).isEqualTo(Echo.stem("questioning")).isEqualTo(Echo.stem("question"));
        assertThat(Echo.stem("dashboards")).isEqualTo(Echo.stem("dashboard"));
        assertThat(Echo.stem("decided")).isEqualTo(Echo.stem("decide")).isEqualTo(Echo.stem("decides"));
        assertThat(Echo.stem("issues")).isEqualTo(Echo.stem("issue"));
        assertThat(Echo.stem("processes")).isEqualTo(Echo.stem("process"));
        assertThat(Echo.stem("priorities")).isEqualTo(Echo.stem("priority"));
        assertThat(Echo.stem("bus")).isEqualTo("bus");
        assertThat(Echo.stem("analysis")).isEqualTo("analysis");
    }
}
