package com.carerounds.weights;

import java.util.Map;

/** Every constraint by name with the weight in force for the center, e.g. {@code "Travel time": "1soft"}. */
public record WeightsView(Long centerId, int version, Map<String, String> weights) {
}
