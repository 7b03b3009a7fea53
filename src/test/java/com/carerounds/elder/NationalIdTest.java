package com.carerounds.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void acceptsOnlyAValidCheckCharacter() {
        // 11010519491231002X is the example of GB 11643-1999.
        assertThat(NationalId.isValid("11010519491231002X")).isTrue();
        assertThat(NationalId.isValid("11010519491231002x")).isTrue();
        assertThat(NationalId.isValid("110105194912310021")).isFalse();
        assertThat(NationalId.isValid("11010519491231002")).isFalse();
        assertThat(NationalId.isValid("1101051949123100AX")).isFalse();
        assertThat(NationalId.isValid(null)).isFalse();
    }

    @Test
    void personalDataNeverAppearsInToString() {
        Person person = new Person("张桂英", Sex.F, LocalDate.of(1949, 12, 31), "11010519491231002X", "13812345678");

        assertThat(person.toString()).doesNotContain("11010519491231002X", "13812345678").contains("110105");
        assertThatThrownBy(() -> new Person("张桂英", Sex.F, LocalDate.of(1949, 12, 31), "110105194912310021", null))
                .hasMessageContaining("check character");
    }
}
