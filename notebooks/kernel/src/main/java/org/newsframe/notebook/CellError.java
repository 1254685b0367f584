package org.newsframe.notebook;

import java.util.List;

/** A cell that did not compile or that threw: the lines the notebook shows, already formatted. */
final class CellError extends RuntimeException {

    private final List<String> lines;

    CellError(String message, List<String> lines) {
        super(message);
        this.lines = List.copyOf(lines);
    }

    /** What the notebook shows under the cell. */
    List<String> lines() {
        return lines;
    }
}
