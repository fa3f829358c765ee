package dev.zmqstudio.ui.run;

/** What a wire in trouble says beside it; {@code broken}: a node at an end failed (else: queue pressure). */
record WireAlarm(String text, boolean broken) {
}
