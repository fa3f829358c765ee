package dev.zmqstudio.io;

/**
 * A topology file that cannot be read. The message is one line: {@code file:line:column: what is wrong}, or
 * {@code file: what is wrong} when no place in it is to blame (it cannot be opened). Line and column are 1-based; 0
 * when unknown.
 */
public final class TopologyFormatException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public TopologyFormatException(String source, int line, int column, String problem) {
        super((line > 0 ? source + ":" + line + ":" + column : source) + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
