package com.carerounds.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code carerounds.*} setting, typed and checked when the service starts: a wrong value
 * stops the start with the setting's name instead of surfacing in the first solve. The solver's
 * search tuning (move weights, acceptor) is in {@code solverConfig.xml}; its time limits are
 * OptaPlanner's own {@code optaplanner.solver.termination.*} properties.
 */
@Validated
@ConfigurationProperties("carerounds")
public record CareRoundsSettings(@Valid @NotNull @DefaultValue Travel travel,
                                 @Valid @NotNull @DefaultValue Solver solver,
                                 @Valid @NotNull @DefaultValue Admin admin,
                                 @Valid @NotNull @DefaultValue Demo demo) {

    /**
     * @param detourFactor street distance over great-circle distance (default 1.3, a typical city's)
     */
    public record Travel(@DefaultValue("1.3") @DecimalMin("1.0") @DecimalMax("3.0") double detourFactor) {
    }

    /**
     * @param saveInterval  the best plan so far is saved at most this often during a solve (default 5 s)
     * @param parallelSolves solves that run at once, one core each; more wait their turn (default 1)
     */
    public record Solver(@DefaultValue("5s") @NotNull Duration saveInterval,
                         @DefaultValue("1") @Min(1) @Max(64) int parallelSolves) {

        public Solver {
            if (saveInterval != null && (saveInterval.isNegative() || saveInterval.isZero())) {
                throw new IllegalArgumentException("carerounds.solver.save-interval must be positive");
            }
        }
    }

    /**
     * The first administrator of a real deployment, created at start if absent (no built-in password).
     *
     * @param username empty for none (default)
     * @param password at least 10 characters
     * @param center   a center's code for that center's administrator; empty for every center (default)
     */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password,
                        @DefaultValue("") String center) {

        @Override
        public String toString() {
            return "Admin[" + username + ", " + center + "]";
        }
    }

    /**
     * @param enabled  load the demo center on the first start (default off; the shipped properties turn it on)
     * @param location where the demo dataset's files are (default the copy inside the jar)
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("classpath:data/demo/") String location) {
    }
}
