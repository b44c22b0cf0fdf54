package io.highbar.interview.story;

import java.time.Instant;
import java.util.List;

/**
 * A candidate's STAR story, kept to be told again for whichever principle it fits.
 *
 * @param version 1 when saved, and one more each time its title or text changes (earlier versions are kept)
 * @param when    when it happened, in the candidate's words ("2024", "my first year at Acme")
 */
public record Story(String id, String ownerId, String title, String text, List<String> tags, String role,
                   String when, int version, Instant createdAt, Instant updatedAt) {

    public Story {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    Story edited(StoryFields fields, Instant now) {
        boolean retold = !fields.title().equals(title) || !fields.text().equals(text);
        return new Story(id, ownerId, fields.title(), fields.text(), fields.tags(), fields.role(), fields.when(),
                retold ? version + 1 : version, createdAt, now);
    }

    StoryVersion asVersion() {
        return new StoryVersion(id, version, title, text, updatedAt);
    }
}
