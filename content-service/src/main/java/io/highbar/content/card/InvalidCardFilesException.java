package io.highbar.content.card;

import java.util.List;
import java.util.stream.Collectors;

/** Card files that failed to load; the message lists file, JSON path and reason for every problem in every file. */
public class InvalidCardFilesException extends RuntimeException {

    public InvalidCardFilesException(String location, List<RuntimeException> failures) {
        super(failures.stream().map(RuntimeException::getMessage).collect(Collectors.joining("\n",
                failures.size() + " invalid competency card file(s) at " + location
                        + "; fix them or the service will not start:\n", "")));
    }
}
