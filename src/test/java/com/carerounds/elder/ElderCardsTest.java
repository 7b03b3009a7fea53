package com.carerounds.elder;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.elder.ElderCards.ElderCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The doctor's visit list reads elders as cards: what they show must be the elder's record, whole. */
@SpringBootTest(properties = "carerounds.demo.enabled=true")
@ActiveProfiles("test")
class ElderCardsTest {

    @Autowired ElderCards cards;
    @Autowired ElderRepository elders;

    @Test
    void aCardShowsTheElderAsRecordedAndMissingIdsAreLeftOut() {
        List<Elder> all = elders.findAll();
        assertThat(all).anySatisfy(e -> assertThat(e.getNeeds()).isNotEmpty())
                .anySatisfy(e -> assertThat(e.getConditions()).hasSizeGreaterThan(1))
                .anySatisfy(e -> assertThat(e.getPerson().phone()).isNotBlank());
        List<Long> ids = new ArrayList<>(all.stream().map(Elder::getId).toList());
        ids.add(-1L);

        Map<Long, ElderCard> read = cards.of(ids);

        assertThat(read).hasSize(all.size());
        for (Elder elder : all) {
            assertThat(read.get(elder.getId())).isEqualTo(new ElderCard(elder.getId(), elder.getPerson().name(),
                    elder.getAddress(), elder.getPerson().phone(), elder.getNeeds(), elder.getConditions()));
        }
        assertThat(cards.of(List.of())).isEmpty();
    }
}
