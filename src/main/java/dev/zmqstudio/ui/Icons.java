package dev.zmqstudio.ui;

/** Stroked 16x16 toolbar icons (SVG path data), drawn for this app. */
final class Icons {

    static final String NEW = "M4 1.5h5.5l3 3v10h-8.5zM9.5 1.5v3h3";
    static final String OPEN = "M1.5 4v9h11l2-6.5h-11L1.5 13M1.5 4V2.5h4l1.5 1.5h5.5v2.5";
    static final String SAVE = "M2 2h9.5l2.5 2.5V14H2zM5 2v4h6V2M4.5 14v-4.5h7V14";
    static final String UNDO = "M5 3L2 6l3 3M2 6h7.5a4 4 0 0 1 0 8H6";
    static final String REDO = "M11 3l3 3-3 3M14 6H6.5a4 4 0 0 0 0 8H10";
    static final String DELETE = "M2.5 4h11M6 4V2h4v2M4 4l.8 10h6.4L12 4M6.8 6.5v5M9.2 6.5v5";
    static final String ZOOM_IN = "M7 2a5 5 0 1 0 0 10a5 5 0 1 0 0-10M11 11l3.5 3.5M4.5 7h5M7 4.5v5";
    static final String ZOOM_OUT = "M7 2a5 5 0 1 0 0 10a5 5 0 1 0 0-10M11 11l3.5 3.5M4.5 7h5";
    static final String FIT = "M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4M5 6h6v4H5z";
    static final String RUN = "M4 2.5v11l9-5.5z";
    static final String PAUSE = "M4.5 3v10M11.5 3v10";
    static final String STEP = "M3 3v10l7-5zM12.5 3v10";
    static final String STOP = "M3.5 3.5h9v9h-9z";

    private Icons() {
    }
}
