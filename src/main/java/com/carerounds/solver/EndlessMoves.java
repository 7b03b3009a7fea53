package com.carerounds.solver;

import java.util.Iterator;
import java.util.function.Supplier;

/** The random move iterators of our move factories: never exhausted, each move drawn when asked for. */
final class EndlessMoves {

    private EndlessMoves() {
    }

    static <M> Iterator<M> of(Supplier<M> next) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public M next() {
                return next.get();
            }
        };
    }
}
