package io.highbar.scoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoringApplication {

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("score")) {
            io.highbar.scoring.cli.ScoreCli.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && java.util.List.of("train", "report", "compare").contains(args[0])) {
            io.highbar.scoring.training.TrainingCli.main(args);
            return;
        }
        SpringApplication.run(ScoringApplication.class, args);
    }
}
