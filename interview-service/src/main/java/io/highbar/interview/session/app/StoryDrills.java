package io.highbar.interview.session.app;

import java.util.List;
import java.util.Locale;

import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Session;
import io.highbar.interview.story.StoryService;
import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Practice from the story bank: a DRILL on one principle whose first answer is one of the caller's stories, so the
 * evaluation, its follow-up and the retries start from the story as the candidate wrote it.
 */
@Service
public class StoryDrills {

    private final SessionService sessions;
    private final StoryService stories;
    private final AnswerProperties answers;

    public StoryDrills(SessionService sessions, StoryService stories, AnswerProperties answers) {
        this.sessions = sessions;
        this.stories = stories;
        this.answers = answers;
    }

    /**
     * The story is read (and its owner checked) before the session is created, so a story that cannot be an answer
     * leaves no empty session behind.
     */
    public Mono<Session> start(Caller caller, CreateSessionRequest request) {
        if (request.mode() != null && !"DRILL".equalsIgnoreCase(request.mode().strip())) {
            throw new InvalidRequest(List.of(new FieldProblem("mode", "a session from a story is a DRILL: send "
                    + "\"mode\": \"DRILL\" or leave it out")));
        }
        return stories.get(caller, request.storyId())
                .flatMap(story -> {
                    if (!story.ownerId().equals(caller.subject())) {
                        return Mono.error(new InvalidRequest(List.of(new FieldProblem("storyId",
                                "is not one of your stories: you can practise only your own"))));
                    }
                    if (story.text().length() > answers.maxCharacters()) {
                        return Mono.error(new InvalidRequest(List.of(new FieldProblem("storyId", String.format(
                                Locale.ROOT, "the story is %,d characters and an answer holds at most %,d: shorten "
                                        + "the story, or start a DRILL without it and tell it in your own words",
                                story.text().length(), answers.maxCharacters())))));
                    }
                    CreateSessionRequest drill = new CreateSessionRequest(request.competencyId(),
                            request.competencyIds(), "DRILL", request.questionsPerCompetency(),
                            request.answerTimeLimitSeconds(), request.maxFollowUps(), request.company(),
                            request.targetLevel(), null);
                    return sessions.create(caller, drill)
                            .flatMap(session -> sessions.submit(caller, session.id(),
                                    new SubmitAnswerRequest(session.currentQuestion().id(), story.text()))
                                    .then(sessions.get(caller, session.id())));
                });
    }
}
