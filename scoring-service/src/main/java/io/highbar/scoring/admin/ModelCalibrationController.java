package io.highbar.scoring.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.training.Trainer;

/**
 * {@code GET /api/admin/scoring/calibration} (admins): how far machine and people disagreed on the dimensions
 * interviewers overrode, before and after the training of the models this worker runs ({@code calibration.json},
 * written by {@code train} next to the models).
 */
@RestController
public class ModelCalibrationController {

    private final String calibration = read();

    @GetMapping(value = "/api/admin/scoring/calibration", produces = MediaType.APPLICATION_JSON_VALUE)
    public String calibration() {
        return calibration;
    }

    private static String read() {
        try (InputStream in = ModelCalibrationController.class.getClassLoader()
                .getResourceAsStream(Models.LOCATION + Trainer.CALIBRATION)) {
            return in == null ? "{\"overrides\":0,\"dimensions\":[]}"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
