package com.carerounds.admin;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.Role;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractRepository;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.NationalId;
import com.carerounds.elder.Person;
import com.carerounds.elder.NationalIdRegister;
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
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo center (C01, its users loaded with the demo) plus a second center with its own staff and a
 * deployment administrator without a center; and fresh elders for tests that change them.
 */
@Component
class AdminFixture {

    static final String OTHER_PASSWORD = "other-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final HealthCenterRepository centers;
    private final TeamRepository teams;
    private final ElderRepository elders;
    private final ContractRepository contracts;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final NationalIdRegister nationalIds;

    AdminFixture(HealthCenterRepository centers, TeamRepository teams, ElderRepository elders,
                 ContractRepository contracts, AccountRepository accounts, PasswordEncoder encoder,
                 NationalIdRegister nationalIds) {
        this.nationalIds = nationalIds;
        this.centers = centers;
        this.teams = teams;
        this.elders = elders;
        this.contracts = contracts;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    HealthCenter demoCenter() {
        return centers.findByCode("C01").orElseThrow();
    }

    Team demoTeam(int index) {
        return teams.findByCenterIdOrderByCode(demoCenter().getId()).get(index);
    }

    /** Idempotent: the Spring context, and so the database, is shared by the test classes. */
    synchronized HealthCenter otherCenterWithStaff() {
        HealthCenter other = centers.findByCode("OTHER").orElse(null);
        if (other != null) {
            return other;
        }
        other = centers.save(new HealthCenter("OTHER", "江苏路街道社区卫生服务中心", "上海市长宁区江苏路1号",
                new Location(31.22, 121.43), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        Team otherTeam = teams.save(new Team(other.getId(), "O-T1", "别的团队", TravelMode.EBIKE, new Capacity(240, 8),
                List.of(new TeamMember("赵医生", MemberRole.GENERAL_PRACTITIONER)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        String password = encoder.encode(OTHER_PASSWORD);
        accounts.save(new Account("other-admin", password, Role.ADMIN, "别的管理员", other.getId(), null));
        accounts.save(new Account("other-dispatcher", password, Role.DISPATCHER, "别的调度员", other.getId(), null));
        accounts.save(new Account("other-doctor", password, Role.DOCTOR, "别的医生", other.getId(), otherTeam.getId()));
        accounts.save(new Account("district-admin", password, Role.ADMIN, "区管理员", null, null));
        return other;
    }

    Long otherTeamId() {
        return teams.findByCenterIdAndCode(otherCenterWithStaff().getId(), "O-T1").orElseThrow().getId();
    }

    /** A new elder of the demo center, contracted to the given team when one is given. */
    Elder elder(Team contractedTo) {
        Elder elder = elders.save(new Elder(demoCenter().getId(), code("E"),
                new Person("测试老人", Sex.F, LocalDate.of(1940, 1, 1), nationalId(), "13900000000"),
                "上海市长宁区测试路1号", new Location(31.21, 121.42)));
        if (contractedTo != null) {
            contracts.save(new Contract(elder.getId(), contractedTo.getId(), ServicePackage.BASIC,
                    LocalDate.of(2026, 1, 1), null));
        }
        return elder;
    }

    static String code(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** A valid ID number no elder has yet. */
    String nationalId() {
        while (true) {
            String first17 = "650102" + "19400101" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
            String id = first17 + NationalId.checkCharacter(first17);
            if (!nationalIds.isRegistered(id)) {
                return id;
            }
        }
    }
}
