package org.pathways.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.pathways.review.domain.SecondScoringSample;

class SecondScoringSampleTests {

    @Test
    void noneAtZeroAllAtAHundred() {
        assertThat(LongStream.rangeClosed(1, 10_000).filter(new SecondScoringSample(0)::includes)).isEmpty();
        assertThat(LongStream.rangeClosed(1, 10_000).allMatch(new SecondScoringSample(100)::includes)).isTrue();
    }

    @Test
    void aboutTheShareAndTheSameAnswerEveryTime() {
        SecondScoringSample tenPercent = new SecondScoringSample(10);
        long chosen = LongStream.rangeClosed(1, 10_000).filter(tenPercent::includes).count();
        assertThat(chosen).isBetween(900L, 1_100L);
        assertThat(LongStream.rangeClosed(1, 1_000).allMatch(id ->
                tenPercent.includes(id) == new SecondScoringSample(10).includes(id))).isTrue();
    }

    @Test
    void refusesAShareOutsideZeroToAHundred() {
        assertThatThrownBy(() -> new SecondScoringSample(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecondScoringSample(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
