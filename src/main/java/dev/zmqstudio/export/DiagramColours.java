package dev.zmqstudio.export;

import dev.zmqstudio.model.Family;

/**
 * The designer's family colours (light theme, {@code -zs-pubsub} ... in designer.css) for exported diagrams: the
 * stroke is the family's colour, the fill a pale tint of it, the text a dark shade.
 */
enum DiagramColours {
    PUBSUB("#8b5cf6", "#ede9fe", "#4c1d95"),
    PIPELINE("#0d9488", "#ccfbf1", "#134e4a"),
    REQREP("#2f6fed", "#dbeafe", "#1e3a8a"),
    PAIR("#d97706", "#fef3c7", "#78350f"),
    DEVICE("#475569", "#e2e8f0", "#1e293b");

    /** The colour of links (a worker's inside), as the designer draws them. */
    static final String LINK = "#ea580c";

    final String stroke;
    final String fill;
    final String text;

    DiagramColours(String stroke, String fill, String text) {
        this.stroke = stroke;
        this.fill = fill;
        this.text = text;
    }

    static DiagramColours of(Family family) {
        return valueOf(family.name());
    }
}
