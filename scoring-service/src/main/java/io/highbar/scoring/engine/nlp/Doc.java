package io.highbar.scoring.engine.nlp;

import java.util.List;

/** An analysed answer. */
public record Doc(String text, List<Sentence> sentences) {
}
