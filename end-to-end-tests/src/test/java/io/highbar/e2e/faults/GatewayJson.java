package io.highbar.e2e.faults;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

final class GatewayJson {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private GatewayJson() {
    }
}
