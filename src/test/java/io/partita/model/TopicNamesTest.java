package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

    @Test
    void acceptsKafkasLegalCharacters() {
        assertThat(TopicNames.problem("orders.v1_eu-west")).isEmpty();
    }

    @Test
    void refusesIllegalNamesWithTheRule() {
        assertThat(TopicNames.problem("")).hasValue("the topic name is empty");
        assertThat(TopicNames.problem("..")).get().asString().contains("not allowed");
        assertThat(TopicNames.problem("a b")).get().asString().contains("only ASCII letters");
        assertThat(TopicNames.problem("x".repeat(250))).get().asString().contains("maximum is 249");
    }

    @Test
    void dotAndUnderscoreCollide() {
        assertThat(TopicNames.collide("a.b", "a_b")).isTrue();
        assertThat(TopicNames.collide("a.b", "a.b")).isFalse();
        assertThat(TopicNames.collide("a.b", "a-b")).isFalse();
    }
}
