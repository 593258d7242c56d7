package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostPortTest {

    @Test
    void parsesACommaSeparatedListWithSpacesAndIpv6() {
        assertThat(HostPort.parseList(" a:1, b.example.com:9092 ,[::1]:9093"))
                .containsExactly(new HostPort("a", 1), new HostPort("b.example.com", 9092), new HostPort("::1", 9093));
    }

    @Test
    void namesTheBadEntry() {
        assertThatThrownBy(() -> HostPort.parseList("a:1,b")).hasMessageContaining("'b' is not host:port");
        assertThatThrownBy(() -> HostPort.parseList("a:99999")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> HostPort.parseList("a:x")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> HostPort.parseList("::1:9092")).hasMessageContaining("brackets");
        assertThatThrownBy(() -> HostPort.parseList(" ")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> HostPort.parseList("a:1,,b:2")).hasMessageContaining("empty entry");
    }

    @Test
    void printsIpv6InBrackets() {
        assertThat(new HostPort("::1", 9092)).hasToString("[::1]:9092");
    }
}
