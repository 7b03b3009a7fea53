package com.carerounds.config;

import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.solver.GeoTravelModel;
import com.carerounds.solver.TravelModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How travel is estimated for rosters: one model for planning and for checking plans. */
@Configuration(proxyBeanMethods = false)
public class SolverConfiguration {

    @Bean
    TravelModel travelModel(CareRoundsSettings settings) {
        return new GeoTravelModel(settings.travel().detourFactor());
    }

    @Bean
    RosterPlanMapper rosterPlanMapper(TravelModel travel) {
        return new RosterPlanMapper(travel);
    }

    @Bean
    RosterChecker rosterChecker(TravelModel travel) {
        return new RosterChecker(travel);
    }
}
