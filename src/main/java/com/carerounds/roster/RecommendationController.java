package com.carerounds.roster;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dispatcher's places for one new or urgent visit, or a waiting one, and putting it in one. */
@RestController
class RecommendationController {

    private final RosterRecommendations recommendations;

    RecommendationController(RosterRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(summary = "The best places for one new or urgent visit of an elder (or, with visitId, for the elder's "
            + "visit waiting unassigned), with the score change of each and why the contracted team is or is not among "
            + "them; nothing is changed.")
    @PostMapping("/api/rosters/{id}/recommendations")
    RosterRecommendations.Recommendation recommend(@PathVariable Long id, @Valid @RequestBody RecommendationRequest request) {
        return recommendations.recommend(id, request);
    }

    @Operation(summary = "Add the elder's new visit to the roster's plan at a place (team, date, position in the route); "
            + "with visitId, put that waiting visit there instead, adding none.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/rosters/{id}/recommendations/apply")
    RosterRecommendations.Applied apply(@PathVariable Long id, @Valid @RequestBody PlacementRequest request) {
        return recommendations.apply(id, request);
    }
}
