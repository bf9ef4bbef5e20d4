package org.moneygraph.funding;

import org.moneygraph.graph.Quantity;

/** One figure behind a flag: a sum in yuan, a count, or a quantity as the report states it. */
public record FlagFigure(String name, String yuan, Integer count, Quantity quantity) {

    static FlagFigure yuan(String name, String yuan) {
        return new FlagFigure(name, yuan, null, null);
    }

    static FlagFigure count(String name, int count) {
        return new FlagFigure(name, null, count, null);
    }

    static FlagFigure quantity(String name, Quantity quantity) {
        return new FlagFigure(name, quantity.yuan(), null, quantity);
    }
}
