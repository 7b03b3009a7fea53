package com.carerounds.testing;

import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Solves in tests of the service end after a fixed number of local-search steps
 * ({@code carerounds.test.local-search-steps}, default {@value #STEPS}), so what a test asserts does
 * not depend on how busy the machine is. The configured time limit stays as a guard only; tests
 * set it far above what the steps take.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StepLimitedSolves {

    /** Enough for the demo month to settle after construction. */
    public static final int STEPS = 3_000;

    @Bean
    static BeanPostProcessor stepLimitedSolverConfig(Environment environment) {
        int steps = environment.getProperty("carerounds.test.local-search-steps", Integer.class, STEPS);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SolverConfig config) {
                    config.getPhaseConfigList().stream()
                            .filter(LocalSearchPhaseConfig.class::isInstance)
                            .forEach(phase -> phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
                }
                return bean;
            }
        };
    }
}
