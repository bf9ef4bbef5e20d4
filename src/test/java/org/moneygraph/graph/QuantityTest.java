package org.moneygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            308.42亿元      | -  | 30842000000 | 元 | -
            6225.39万元     | -  | 62253900    | 元 | -
            5115.341万元    | -  | 51153410    | 元 | -
            1.5亿元以上     | -  | 150000000   | 元 | 以上
            约200亿元       | -  | 20000000000 | 元 | 约
            累计0.65亿元    | -  | 65000000    | 元 | 累计
            20亿            | 元 | 2000000000  | 元 | -
            5.64万户        | -  | 56400       | 户 | -
            25.3万          | 人 | 253000      | 人 | -
            22%             | -  | 22          | %  | -
            102个以上       | -  | 102         | 个 | 以上
            2700平方米      | -  | 2700        | 平方米 | -
            5万多人         | -  | 50000       | 人 | 多
            达2.6平方米     | -  | 2.6         | 平方米 | 达
            """)
    void readsFiguresAsWritten(String text, String unit, String value, String expectedUnit, String qualifier) {
        Quantity q = Quantity.parse(text, unit, null, null, null, null);
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(q.unit()).isEqualTo(expectedUnit);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.masked()).isFalse();
        assertThat(q.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({ "2x0条,条", "XX亿元,元", "x8.4x亿元,元", "**户,户", "1x个,个", "xxx家,家", "XX万余元,元" })
    void maskedDigitsHaveNoValueAndAreNeverZero(String text, String unit) {
        Quantity q = Quantity.parse(text, null, null, null, null, null);
        assertThat(q.masked()).isTrue();
        assertThat(q.value()).isNull();
        assertThat(q.yuan()).isNull();
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.text()).isEqualTo(text);
    }

    @Test
    void yuanIsAPlainDecimalStringOnlyForMoney() {
        assertThat(Quantity.parse("88.84亿元", null, null, null, null, null).yuan()).isEqualTo("8884000000");
        assertThat(Quantity.parse("1411户", null, null, null, null, null).yuan()).isNull();
    }

    @Test
    void anExplicitValueReadsWhatTheRuleCannot() {
        Quantity q = Quantity.parse("近万亩", "亩", "10000", "近", null, null);
        assertThat(q.value()).isEqualByComparingTo("10000");
        assertThat(q.qualifier()).isEqualTo("近");
    }

    @Test
    void aFigureWithoutUnitOrNumberIsRefused() {
        assertThatThrownBy(() -> Quantity.parse("25.3万", null, null, null, null, null)).hasMessageContaining("no unit");
        assertThatThrownBy(() -> Quantity.parse("超半数", null, null, null, null, null)).hasMessageContaining("cannot read");
    }

    @Test
    void roundTripsThroughNodeProperties() {
        Quantity q = Quantity.parse("累计0.65亿元", null, null, null, "截至11月13日", 2024);
        assertThat(Quantity.fromProperties(q.toProperties("amount"), "amount")).isEqualTo(q);
    }
}
