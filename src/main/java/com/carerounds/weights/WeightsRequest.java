package com.carerounds.weights;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The weights to use, by constraint name. Every name must be one of the solver's constraints; a
 * constraint left out goes back to its default.
 */
public record WeightsRequest(@NotNull Integer version, @NotNull Map<String, String> weights) {
}
