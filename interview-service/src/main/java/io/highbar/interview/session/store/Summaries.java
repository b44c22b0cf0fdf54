package io.highbar.interview.session.store;

import java.time.Instant;
import java.util.Date;

import io.highbar.interview.session.Session;
import org.bson.Document;

/**
 * A session's summary document: who it belongs to and is shared with, its status and when things happened, for
 * listing sessions and for the expiry sweep. Small and of fixed size; the log holds everything else.
 */
final class Summaries {

    private Summaries() {
    }

    static Document of(Session session) {
        return new Document("_id", session.id())
                .append("candidateId", session.candidateId())
                .append("interviewers", session.interviewers())
                .append("status", session.status().name())
                .append("mode", session.mode().name())
                .append("competencyId", session.competencyId())
                .append("competencyIds", session.competencyIds())
                .append("company", session.company())
                .append("targetLevel", session.targetLevel())
                .append("revision", session.revision())
                .append("lastEventSeq", session.lastEventSeq())
                .append("answers", session.answers().size())
                .append("activityMillis", session.activityMillis())
                .append("createdMillis", session.createdMillis())
                .append("createdAt", date(session.createdAt()))
                .append("updatedAt", date(session.updatedAt()));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
