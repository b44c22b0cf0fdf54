package io.highbar.interview.story;

import java.time.Instant;

/** A candidate letting an interviewer read their story bank. {@code id} is {@code ownerId/interviewer}. */
record StoryShare(String id, String ownerId, String interviewer, Instant sharedAt) {

    static String idOf(String ownerId, String interviewer) {
        return ownerId + "/" + interviewer;
    }
}
