package org.pathways.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void keepsCentsAndAddsUp() {
        Money total = Money.usd(200).times(3).minus(Money.usd("0.50"));
        assertThat(total.plain()).isEqualTo("599.50");
        assertThat(total).hasToString("$599.50");
        assertThat(Money.usd(200).negated()).hasToString("-$200.00");
        assertThat(Money.usd("200.0")).isEqualTo(Money.usd(200));
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
