package io.highbar.interview.story;

/**
 * A principle the coverage is computed for.
 *
 * @param stressed whether the company lens asked for stresses it
 */
public record Competency(String id, String name, boolean stressed) {
}
