package io.highbar.interview.content;

public class UnknownCompetency extends RuntimeException {

    public UnknownCompetency(String competencyId) {
        super("There is no competency '" + competencyId + "' in the library; "
                + "pick an id from GET /api/competencies (e.g. insist-on-highest-standards).");
    }
}
