package dev.zmqstudio.runtime.sandbox;

/**
 * A text as RE2/J reads it, which notices every few hundred characters that the evaluation's budget ran out: a
 * linear-time match on a 1 MiB text with a large pattern still takes seconds, and must stop at the budget.
 */
final class WatchedText implements CharSequence {
    private static final int CHECK_EVERY = 256;

    private final String text;
    private final ExpressionBudget budget;
    private int untilCheck = CHECK_EVERY;

    WatchedText(String text, ExpressionBudget budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            budget.checkpoint();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
