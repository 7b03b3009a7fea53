package com.carerounds.testing;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Solves in tests of the service end after a fixed number of local-search steps, so what a test
 * asserts does not depend on how busy the machine is. The configured time limit stays as a guard
 * only; tests set it far above what the steps take.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StepLimitedSolves {

    /** Enough for the demo month to settle after construction; a fraction of a second of search. */
    public static final int STEPS = 3_000;

    @Bean
    static BeanPostProcessor stepLimitedSolverConfig() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SolverConfig config) {
                    TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig()
                            : config.getTerminationConfig();
                    config.setTerminationConfig(termination.withStepCountLimit(STEPS));
                }
                return bean;
            }
        };
    }
}
