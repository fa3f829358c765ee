package dev.zmqstudio.runtime.sandbox;

/** Thrown inside an evaluation whose budget ran out (or whose run stopped); the evaluation reports it. */
final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
        super("the expression ran out of time", null, false, false);
    }
}
