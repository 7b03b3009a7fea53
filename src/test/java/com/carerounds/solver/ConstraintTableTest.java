package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.optaplanner.constraint.streams.common.AbstractConstraintStreamScoreDirectorFactory;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** The provider's constraints, the table they are defined in and the README's constraint table are one set. */
class ConstraintTableTest {

    private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (.+?) \\| (hard|medium|soft) \\| (\\w+) \\|");

    private static final List<String> TABLE = Arrays.stream(RosterConstraint.values()).map(RosterConstraint::id).toList();

    @Test
    void theProviderDefinesExactlyTheTablesConstraintsInItsOrder() {
        DefaultSolverFactory<RosterPlan> factory = (DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(
                SolverConfig.createFromXmlResource("solverConfig.xml"));
        Constraint[] constraints = ((AbstractConstraintStreamScoreDirectorFactory<RosterPlan, ?>)
                factory.getScoreDirectorFactory()).getConstraints();

        assertThat(Arrays.stream(constraints).map(Constraint::getConstraintName).toList()).isEqualTo(TABLE);
    }

    @Test
    void theReadmeListsEachConstraintWithItsNameLevelAndDefault() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md"));
        List<String> ids = rows.stream().map(README_ROW::matcher).filter(Matcher::find).map(m -> {
            RosterConstraint constraint = RosterConstraint.byId(m.group(1)).orElseThrow(
                    () -> new AssertionError("README names a constraint the table lacks: " + m.group(1)));
            assertThat(m.group(2)).as(m.group(1)).isEqualTo(constraint.displayName());
            assertThat(m.group(3)).as(m.group(1)).isEqualTo(constraint.level().name().toLowerCase());
            assertThat(m.group(4)).as(m.group(1)).isEqualTo(constraint.defaultWeight().toShortString());
            return m.group(1);
        }).toList();

        assertThat(ids).isEqualTo(TABLE);
    }
}
