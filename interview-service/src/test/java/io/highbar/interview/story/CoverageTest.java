package io.highbar.interview.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/** The matrix's rules, on mappings built by hand: which principles a story speaks to, covers, and leaves a gap in. */
class CoverageTest {

    private static final List<Competency> SIX = List.of(new Competency("a", "A", false),
            new Competency("b", "B", false), new Competency("c", "C", true), new Competency("d", "D", false),
            new Competency("e", "E", false), new Competency("f", "F", false));

    @Test
    void aStorySpeaksOnlyToThePrinciplesItComesClosestToHoweverWellItWouldGrade() {
        Story story = story("s1", 1);
        // closest first: a, b, c, d; e and f grade highest but the story is furthest from them
        StoryMapping mapping = mapping(story, new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
                new double[] {3.0, 2.0, 1.2, 2.6, 3.9, 3.9});

        Coverage coverage = Coverage.of(List.of(story), List.of(mapping), SIX);

        assertThat(coverage.principles()).extracting(p -> p.competencyId() + "=" + p.status())
                .containsExactly("a=COVERED", "b=THIN", "c=GAP", "d=COVERED", "e=GAP", "f=GAP");
        Coverage.StoryCoverage row = coverage.stories().get(0);
        assertThat(row.primary()).isEqualTo("a");
        assertThat(row.secondary()).as("strong no hire for c is no coverage").containsExactly("b", "d");
        assertThat(row.cells()).hasSize(6);
        assertThat(coverage.principles().get(2).stressed()).isTrue();
    }

    @Test
    void theBestStoryIsTheHighestGradedOfThoseThatSpeakToThePrincipleAndAnOffPrincipleFlagSilencesOne() {
        Story first = story("s1", 1);
        Story second = story("s2", 2);
        Story third = story("s3", 1);
        StoryMapping one = mapping(first, new double[] {0.9, 0.1, 0.1, 0.1, 0.1, 0.1},
                new double[] {2.7, 1, 1, 1, 1, 1});
        StoryMapping two = mapping(second, new double[] {0.9, 0.1, 0.1, 0.1, 0.1, 0.1},
                new double[] {3.4, 1, 1, 1, 1, 1});
        StoryMapping offPrinciple = withOffPrincipleFlag(mapping(third, new double[] {0.9, 0.1, 0.1, 0.1, 0.1, 0.1},
                new double[] {2.0, 1, 1, 1, 1, 1}));
        StoryMapping olderVersionOfSecond = mapping(story("s2", 1), new double[] {0.9, 0.1, 0.1, 0.1, 0.1, 0.1},
                new double[] {3.9, 1, 1, 1, 1, 1});

        Coverage coverage = Coverage.of(List.of(first, second, third), List.of(one, two, offPrinciple,
                olderVersionOfSecond), SIX);

        Coverage.PrincipleCoverage a = coverage.principles().get(0);
        assertThat(a.best().storyId()).isEqualTo("s2");
        assertThat(a.best().overall()).isEqualTo(3.4);
        assertThat(a.alsoCovers()).extracting(Coverage.Cell::storyId).containsExactly("s1");
        assertThat(coverage.stories().get(2).primary()).isNull();
        assertThat(coverage.pending()).isZero();
    }

    @Test
    void aStoryWhoseLatestTextIsNotMappedIsPendingAndCoversNothing() {
        Story story = story("s1", 3);
        StoryMapping older = mapping(story("s1", 2), new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
                new double[] {4, 4, 4, 4, 4, 4});

        Coverage coverage = Coverage.of(List.of(story), List.of(older), SIX);

        assertThat(coverage.pending()).isEqualTo(1);
        assertThat(coverage.stories().get(0).mapped()).isFalse();
        assertThat(coverage.principles()).allSatisfy(p -> assertThat(p.status()).isEqualTo(Coverage.Status.GAP));
    }

    private static Story story(String id, int version) {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        return new Story(id, "candidate", "Story " + id, "text", List.of(), null, null, version, now, now, null);
    }

    private static StoryMapping mapping(Story story, double[] relevance, double[] overall) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < SIX.size(); i++) {
            evaluations.add(new Evaluation(SIX.get(i).id(), overall[i], Evaluation.Verdict.of(overall[i]).name(),
                    (int) (overall[i] * 25), "SDE1", List.of(), List.of(), null, null, "", null, null, 1, "test",
                    new Evaluation.CompetencyFit(relevance[i], null, null, null), null));
        }
        return new StoryMapping(StoryMapping.idOf(story.id(), story.version()), story.id(), "candidate",
                story.version(), evaluations, Instant.now());
    }

    private static StoryMapping withOffPrincipleFlag(StoryMapping m) {
        List<Evaluation> flagged = m.evaluations().stream().map(e -> new Evaluation(e.competencyId(), e.overall(),
                e.verdict(), e.score(), e.level(), e.dimensions(), List.of(new Evaluation.Flag("off_principle",
                "Shows another principle", "RED_FLAG", List.of(), "Tell a story for this one")), e.star(),
                e.followUp(), e.summary(), e.company(), e.targetLevel(), e.rubricVersion(), e.engineVersion(), e.fit(),
                e.notScored())).toList();
        return new StoryMapping(m.id(), m.storyId(), m.ownerId(), m.version(), flagged, m.mappedAt());
    }
}
