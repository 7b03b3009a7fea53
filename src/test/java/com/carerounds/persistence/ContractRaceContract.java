package com.carerounds.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractConflictException;
import com.carerounds.contract.ContractRepository;
import com.carerounds.contract.ContractService;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.NationalId;
import com.carerounds.elder.Person;
import com.carerounds.elder.Sex;
import com.carerounds.geo.Location;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13, finding 3: concurrent saves of overlapping contracts for one elder leave exactly one in
 * force, the others refused as a conflict (409). Not in a test transaction (Spring reads this from the
 * class declaring a test method, so the subclasses say it again): each save commits on its own thread,
 * as requests do; what the test adds it removes again, for the tests sharing the database.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ContractRaceContract {

    private static final int ROUNDS = 5;
    private static final int REQUESTS = 4;

    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired ContractRepository contracts;
    @Autowired ContractService contractService;

    HealthCenter center;
    Team team;
    private final List<Elder> added = new ArrayList<>();

    @BeforeEach
    void centerWithATeam() {
        center = centers.save(new HealthCenter("RACE-" + System.nanoTime(), "新华街道社区卫生服务中心", "上海市长宁区番禺路100号",
                new Location(31.2046, 121.4316), LocalTime.of(13, 0), LocalTime.of(17, 30)));
        team = teams.save(new Team(center.getId(), "T1", "第一家庭医生团队", TravelMode.EBIKE, new Capacity(240, 8),
                List.of(new TeamMember("王医生", MemberRole.GENERAL_PRACTITIONER)), EnumSet.of(DayOfWeek.MONDAY)));
    }

    @AfterEach
    void removeWhatWasAdded() {
        added.forEach(elder -> contracts.deleteAll(contracts.findByElderId(elder.getId())));
        elders.deleteAll(added);
        teams.delete(team);
        centers.delete(center);
    }

    Elder elder() {
        String first17 = "31010519380305" + String.format("%03d", added.size() + 100 * (int) (System.nanoTime() % 9));
        Elder elder = elders.save(new Elder(center.getId(), "E" + added.size(),
                new Person("张桂英", Sex.F, LocalDate.of(1938, 3, 5), first17 + NationalId.checkCharacter(first17), null),
                "上海市长宁区新华路211弄3号201室", new Location(31.2010, 121.4280)));
        added.add(elder);
        return elder;
    }

    @Test
    void concurrentOverlappingContractsLeaveExactlyOneInForce() throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Elder elder = elder();
                CountDownLatch ready = new CountDownLatch(REQUESTS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Contract>> answers = new ArrayList<>();
                for (int r = 0; r < REQUESTS; r++) {
                    LocalDate start = LocalDate.of(2026, 1 + r, 1);
                    answers.add(requests.submit(() -> {
                        ready.countDown();
                        go.await();
                        return contractService.save(new Contract(elder.getId(), team.getId(), ServicePackage.BASIC,
                                start, null));
                    }));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                int saved = 0;
                int refused = 0;
                for (Future<Contract> answer : answers) {
                    try {
                        answer.get(60, TimeUnit.SECONDS);
                        saved++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).as("round %d", round).isInstanceOf(ContractConflictException.class);
                        refused++;
                    }
                }
                assertThat(saved).as("round %d: saved", round).isEqualTo(1);
                assertThat(refused).as("round %d: refused", round).isEqualTo(REQUESTS - 1);
                assertThat(contracts.findByElderId(elder.getId())).as("round %d", round).hasSize(1);
            }
        } finally {
            requests.shutdownNow();
        }
    }
}
