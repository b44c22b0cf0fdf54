package io.highbar.interview.stream;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** Identifies this interview-service process among its peers. */
@Component
public class InstanceId {

    private final String value = UUID.randomUUID().toString();

    public String value() {
        return value;
    }
}
