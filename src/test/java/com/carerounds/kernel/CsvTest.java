package com.carerounds.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        var rows = Csv.read(new StringReader("\uFEFFcode,address\r\nE1,\"上海市, \"\"新华路\"\"\n211弄\"\r\nE2,plain\n"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("address")).isEqualTo("上海市, \"新华路\"\n211弄");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get("address")).isEqualTo("plain");
        assertThat(rows.get(1).get("missing")).isEmpty();
    }

    @Test
    void refusesARowWithMoreFieldsThanTheHeader() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,2,3\n")))
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a\n\"open\n")))
                .hasMessageContaining("not closed");
    }
}
