package io.highbar.interview.story;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A candidate's STAR story, kept to be told again for whichever principle it fits.
 *
 * @param version        1 when saved, and one more each time its title or text changes (earlier versions are kept)
 * @param when           when it happened, in the candidate's words ("2024", "my first year at Acme")
 * @param publishVersion the version still to be published on {@code interview.story-saved}, null once it is: written
 *                       in the same document write as the text it announces, so a crash between the write and the
 *                       publish loses nothing (the relay's sweep publishes it)
 */
public record Story(String id, String ownerId, String title, String text, List<String> tags, String role,
                    String when, int version, Instant createdAt, Instant updatedAt,
                    @JsonIgnore Integer publishVersion) {

    public Story {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static Story created(String id, String ownerId, StoryFields fields, Instant now) {
        return new Story(id, ownerId, fields.title(), fields.text(), fields.tags(), fields.role(), fields.when(), 1,
                now, now, 1);
    }

    Story edited(StoryFields fields, Instant now) {
        boolean retold = !fields.title().equals(title) || !fields.text().equals(text);
        int next = retold ? version + 1 : version;
        return new Story(id, ownerId, fields.title(), fields.text(), fields.tags(), fields.role(), fields.when(),
                next, createdAt, now, retold ? Integer.valueOf(next) : publishVersion);
    }

    StoryVersion asVersion() {
        return new StoryVersion(id, version, title, text, updatedAt);
    }
}
