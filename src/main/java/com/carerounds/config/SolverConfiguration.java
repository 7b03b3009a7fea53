package com.carerounds.config;

import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.solver.GeoTravelModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How travel is estimated for rosters. */
@Configuration(proxyBeanMethods = false)
public class SolverConfiguration {

    @Bean
    RosterPlanMapper rosterPlanMapper(@Value("${carerounds.travel.detour-factor:1.3}") double detourFactor) {
        return new RosterPlanMapper(new GeoTravelModel(detourFactor));
    }
}
